// The one identity of the service: the bot authenticates as it, and it reads Cosmos DB, Key Vault and
// Storage through role assignments. No password or key exists anywhere.

param name string
param location string

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
}

output id string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId

// Posting to LinkedIn: the organisation's LinkedIn app secret and the key that encrypts members' tokens at rest,
// kept in Key Vault; the web app reads them through Key Vault references.

param keyVaultName string

@secure()
param clientSecret string

@secure()
param tokenKey string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource clientSecretEntry 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'linkedin-client-secret'
  properties: {
    value: clientSecret
    contentType: 'text/plain'
  }
}

resource tokenKeyEntry 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'linkedin-token-key'
  properties: {
    value: tokenKey
    contentType: 'text/plain'
  }
}

output clientSecretUri string = clientSecretEntry.properties.secretUri
output tokenKeyUri string = tokenKeyEntry.properties.secretUri

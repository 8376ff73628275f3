// Azure OpenAI for the writing help ("Help me write it"): one model deployment, reached by the service's managed
// identity alone (no keys), pay-as-you-go per token; the monthly cap each organisation sets bounds the cost.

param name string
param location string

@description('The model deployment the service asks, named as AZURE_OPENAI_DEPLOYMENT.')
param deploymentName string
param modelName string
param modelVersion string

@allowed(['Standard', 'DataZoneStandard', 'GlobalStandard'])
@description('Standard keeps processing in the resource\'s region; DataZone within its geography; Global anywhere.')
param deploymentType string

@minValue(1)
@description('Rate limit of the deployment, in thousands of tokens per minute (not a commitment: billing is per token).')
param capacity int

@description('Principal that calls the model: the service\'s managed identity.')
param userPrincipalId string

// Built-in role "Cognitive Services OpenAI User": inference only, no management, no keys.
var openAiUserRoleId = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'

resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: name
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    // Entra ID tokens need the custom subdomain; it also makes the endpoint https://{name}.openai.azure.com/.
    customSubDomainName: name
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource deployment 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = {
  parent: account
  name: deploymentName
  sku: {
    name: deploymentType
    capacity: capacity
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: modelName
      version: modelVersion
    }
    versionUpgradeOption: 'OnceNewDefaultVersionAvailable'
  }
}

resource openAiUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, userPrincipalId, openAiUserRoleId)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', openAiUserRoleId)
    principalId: userPrincipalId
    principalType: 'ServicePrincipal'
  }
}

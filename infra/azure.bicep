// Ambassade: every Azure resource of one environment, in one resource group.
// Teams Toolkit deploys it (teamsapp.yml, arm/deploy) with azure.parameters.json and writes the outputs
// below to env/.env.<environment> under the same names.

@description('Region of every regional resource, hence where programme data is stored (data residency).')
param location string = resourceGroup().location

@minLength(3)
@maxLength(9)
@description('Prefix of resource names: lowercase letters and digits. A hash of the resource group id makes names unique.')
param resourceBaseName string = 'ambassade'

@description('Client id of the Entra app the tab signs in to and the API accepts (teamsapp.yml, aadApp/create).')
param entraClientId string

@description('Microsoft 365 tenant whose people use the app; only its tokens are accepted.')
param entraTenantId string

@description('Teams app id, for deep links from the bot into the tab (teamsapp.yml, teamsApp/create).')
param teamsAppId string

@allowed(['serverless', 'autoscale'])
@description('Cosmos DB capacity: serverless (pay per request, single region) or autoscale (provisioned RU/s).')
param cosmosCapacityMode string = 'serverless'

@minValue(1000)
@description('With autoscale: the database throughput ceiling in RU/s, shared by its containers.')
param cosmosAutoscaleMaxThroughput int = 1000

@allowed(['B1', 'B2', 'B3', 'S1', 'S2', 'S3', 'P0v3', 'P1v3', 'P2v3', 'P3v3'])
@description('App Service plan size (Linux). B1 suits a pilot; P1v3 or larger a whole organisation.')
param appServiceSku string = 'B1'

@minValue(30)
@maxValue(730)
@description('How long Log Analytics keeps logs and telemetry, in days.')
param logRetentionInDays int = 90

@description('Bot name shown in Azure.')
param botDisplayName string = 'Ambassade'

@description('Your organisation’s LinkedIn app (README, "Post on LinkedIn"). Empty leaves posting to LinkedIn off.')
param linkedInClientId string = ''

@secure()
@description('The LinkedIn app’s client secret; stored in Key Vault.')
param linkedInClientSecret string = ''

@secure()
@description('32 random bytes in base64 (openssl rand -base64 32) encrypting LinkedIn tokens; keep it across deployments.')
param linkedInTokenKey string = ''

@description('The LinkedIn-Version the service calls, YYYYMM; LinkedIn retires each about a year after release.')
param linkedInApiVersion string = ''
@allowed(['off', 'azure-openai'])
@description('The writing help ("Help me write it"): azure-openai deploys a model for it; off hides it.')
param writingHelp string = 'off'

@description('Region of the Azure OpenAI resource: the model must be offered there (it may differ from location).')
param openAiLocation string = location

@description('The chat model the writing help uses, and its version.')
param openAiModelName string = 'gpt-4o-mini'
param openAiModelVersion string = '2024-07-18'

@allowed(['Standard', 'DataZoneStandard', 'GlobalStandard'])
@description('Where prompts are processed: Standard in the resource\'s region (data residency), or wider for more capacity.')
param openAiDeploymentType string = 'Standard'

@minValue(1)
@description('Rate limit of the model deployment, in thousands of tokens per minute.')
param openAiCapacity int = 30

var base = toLower(resourceBaseName)
var suffix = uniqueString(resourceGroup().id)
var cosmosDatabaseName = 'ambassade'
var enableWritingHelp = writingHelp == 'azure-openai'
var openAiName = 'oai-${base}-${suffix}'
var openAiDeploymentName = 'writing-help'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: 'id-${base}-${suffix}'
    location: location
  }
}

module keyVault 'modules/key-vault.bicep' = {
  name: 'key-vault'
  params: {
    name: 'kv${base}${suffix}'
    location: location
    secretsReaderPrincipalId: identity.outputs.principalId
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: 'log-${base}-${suffix}'
    appInsightsName: 'appi-${base}-${suffix}'
    location: location
    retentionInDays: logRetentionInDays
    keyVaultName: keyVault.outputs.name
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'cosmos'
  params: {
    name: 'cosmos-${base}-${suffix}'
    location: location
    databaseName: cosmosDatabaseName
    capacityMode: cosmosCapacityMode
    autoscaleMaxThroughput: cosmosAutoscaleMaxThroughput
    dataContributorPrincipalId: identity.outputs.principalId
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: 'st${base}${suffix}'
    location: location
    blobContributorPrincipalId: identity.outputs.principalId
  }
}

module linkedIn 'modules/linkedin.bicep' = if (!empty(linkedInClientId)) {
  name: 'linkedin'
  params: {
    keyVaultName: keyVault.outputs.name
    clientSecret: linkedInClientSecret
    tokenKey: linkedInTokenKey
  }
}

module openAi 'modules/openai.bicep' = if (enableWritingHelp) {
  name: 'openai'
  params: {
    name: openAiName
    location: openAiLocation
    deploymentName: openAiDeploymentName
    modelName: openAiModelName
    modelVersion: openAiModelVersion
    deploymentType: openAiDeploymentType
    capacity: openAiCapacity
    userPrincipalId: identity.outputs.principalId
  }
}

module webApp 'modules/web-app.bicep' = {
  name: 'web-app'
  params: {
    name: 'app-${base}-${suffix}'
    planName: 'plan-${base}-${suffix}'
    location: location
    sku: appServiceSku
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    cosmosEndpoint: cosmos.outputs.endpoint
    cosmosDatabaseName: cosmosDatabaseName
    mediaStorageUrl: storage.outputs.blobEndpoint
    entraClientId: entraClientId
    entraTenantId: entraTenantId
    teamsAppId: teamsAppId
    appInsightsConnectionStringSecretUri: monitoring.outputs.connectionStringSecretUri
    logAnalyticsWorkspaceId: monitoring.outputs.workspaceId
    linkedInClientId: linkedInClientId
    linkedInApiVersion: linkedInApiVersion
    linkedInClientSecretUri: linkedIn.?outputs.clientSecretUri ?? ''
    linkedInTokenKeyUri: linkedIn.?outputs.tokenKeyUri ?? ''
    // The endpoint follows from the resource's custom subdomain; empty settings leave the help off.
    openAiEndpoint: enableWritingHelp ? 'https://${openAiName}.openai.azure.com/' : ''
    openAiDeployment: enableWritingHelp ? openAiDeploymentName : ''
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: 'bot-${base}-${suffix}'
    displayName: botDisplayName
    messagingEndpoint: 'https://${webApp.outputs.hostName}/api/messages'
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
  }
}

// Names Teams Toolkit and teamsapp.yml read back from env/.env.<environment>. No secret leaves this template.
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.outputs.id
output BOT_DOMAIN string = webApp.outputs.hostName
output BOT_ENDPOINT string = 'https://${webApp.outputs.hostName}'
output BOT_ID string = identity.outputs.clientId
output BOT_TENANT_ID string = tenant().tenantId
output TAB_DOMAIN string = webApp.outputs.hostName
output TAB_HOSTNAME string = webApp.outputs.hostName
output TAB_ENDPOINT string = 'https://${webApp.outputs.hostName}'
output COSMOS_ENDPOINT string = cosmos.outputs.endpoint
output MEDIA_BLOB_ENDPOINT string = storage.outputs.blobEndpoint

// App Service (Linux, Node 22 LTS) running the one Node service: tab, API, bot endpoint and jobs.

param name string
param planName string
param location string
param sku string
param identityId string
param identityClientId string
param cosmosEndpoint string
param cosmosDatabaseName string
@description('Blob endpoint of the storage account whose `media` container holds uploaded photos and videos.')
param mediaStorageUrl string
param entraClientId string
param entraTenantId string
param teamsAppId string
param appInsightsConnectionStringSecretUri string
param logAnalyticsWorkspaceId string
@description('Azure OpenAI endpoint and model deployment for the writing help; empty when it is not deployed.')
param openAiEndpoint string
param openAiDeployment string

@description('The organisation’s LinkedIn app; empty leaves posting to LinkedIn off.')
param linkedInClientId string
param linkedInApiVersion string
@description('Key Vault secret URIs of the LinkedIn app secret and of the token encryption key.')
param linkedInClientSecretUri string
param linkedInTokenKeyUri string

var linkedInSettings = empty(linkedInClientId)
  ? {}
  : {
      LINKEDIN_CLIENT_ID: linkedInClientId
      LINKEDIN_CLIENT_SECRET: '@Microsoft.KeyVault(SecretUri=${linkedInClientSecretUri})'
      LINKEDIN_TOKEN_KEY: '@Microsoft.KeyVault(SecretUri=${linkedInTokenKeyUri})'
      LINKEDIN_API_VERSION: linkedInApiVersion
    }

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  kind: 'linux'
  sku: {
    name: sku
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    // Key Vault references resolve with the user-assigned identity, not a system-assigned one.
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'node --enable-source-maps dist/server/main.js'
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

// The names bot/src/config.ts reads. PORT is set by App Service itself.
resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: union(linkedInSettings, {
    NODE_ENV: 'production'
    // App Service forwards to the container's port on its own network interface, not on loopback.
    HOST: '0.0.0.0'
    PUBLIC_URL: 'https://${site.properties.defaultHostName}'
    COSMOS_ENDPOINT: cosmosEndpoint
    COSMOS_DATABASE: cosmosDatabaseName
    MEDIA_STORAGE_URL: mediaStorageUrl
    ENTRA_CLIENT_ID: entraClientId
    ENTRA_APP_ID_URI: 'api://${site.properties.defaultHostName}/${entraClientId}'
    ENTRA_ALLOWED_TENANTS: entraTenantId
    // No BOT_PASSWORD: the bot authenticates as the user-assigned managed identity (UserAssignedMSI).
    BOT_ID: identityClientId
    BOT_TENANT_ID: tenant().tenantId
    TEAMS_APP_ID: teamsAppId
    // Empty when Azure OpenAI is not deployed: the writing help is then off. No key: the managed identity signs in.
    AZURE_OPENAI_ENDPOINT: openAiEndpoint
    AZURE_OPENAI_DEPLOYMENT: openAiDeployment
    // DefaultAzureCredential (Cosmos DB, Storage, Azure OpenAI) picks this user-assigned identity.
    AZURE_CLIENT_ID: identityClientId
    APPLICATIONINSIGHTS_CONNECTION_STRING: '@Microsoft.KeyVault(SecretUri=${appInsightsConnectionStringSecretUri})'
    // The deployed zip is already built, with production dependencies only: no build on the server.
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
  })
}

// Deployments authenticate with Entra ID; FTP and Kudu basic-auth credentials are switched off.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: site
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      { category: 'AppServiceHTTPLogs', enabled: true }
      { category: 'AppServiceConsoleLogs', enabled: true }
      { category: 'AppServiceAppLogs', enabled: true }
      { category: 'AppServicePlatformLogs', enabled: true }
    ]
    metrics: [{ category: 'AllMetrics', enabled: true }]
  }
}

output id string = site.id
output hostName string = site.properties.defaultHostName

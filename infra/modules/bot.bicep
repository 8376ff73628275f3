// Azure Bot registered with the service's user-assigned managed identity (no app password), with the Teams channel
// and the Microsoft 365 channel (Viva Connections' dashboard card is served by the bot through it).

param name string
param displayName string
param messagingEndpoint string
param identityId string
param identityClientId string

@allowed(['F0', 'S1'])
@description('Teams is a standard channel: free and unlimited on F0 as on S1.')
param sku string = 'F0'

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: messagingEndpoint
    msaAppId: identityClientId
    msaAppType: 'UserAssignedMSI'
    msaAppMSIResourceId: identityId
    msaAppTenantId: tenant().tenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

// Viva Connections sends the dashboard card's `cardExtension/*` invokes to the bot through this channel only.
resource microsoft365 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'M365Extensions'
  location: 'global'
  properties: {
    channelName: 'M365Extensions'
  }
}

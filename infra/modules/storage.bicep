// Storage for media (photos of proposed posts, images of library items): Entra ID access only, no public blobs.

param name string
param location string

@description('Days each exported archive file stays immutable (WORM): at least the records retention (3 years).')
@minValue(1095)
@maxValue(3650)
param archiveImmutabilityDays int = 1095

@description('Principal that reads and writes media blobs.')
param blobContributorPrincipalId string

// Built-in role "Storage Blob Data Contributor".
var blobContributorRoleId = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: 7
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: 7
    }
  }
}

resource media 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: 'media'
  properties: {
    publicAccess: 'None'
  }
}

// The compliance archive's daily exports: write once, read many. A time-based retention policy keeps every
// blob undeletable and unchangeable for its period (the storage Azure documents for SEC 17a-4(f)); new
// exports are appended as new blobs. Lock the policy once reviewed: a locked policy can only be extended.
resource archive 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: 'archive'
  properties: {
    publicAccess: 'None'
  }
}

resource archiveImmutability 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2023-05-01' = {
  parent: archive
  name: 'default'
  properties: {
    immutabilityPeriodSinceCreationInDays: archiveImmutabilityDays
    allowProtectedAppendWrites: false
  }
}

resource blobContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, blobContributorPrincipalId, blobContributorRoleId)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', blobContributorRoleId)
    principalId: blobContributorPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output blobEndpoint string = account.properties.primaryEndpoints.blob

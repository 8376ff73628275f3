// Azure Cosmos DB for NoSQL: Entra ID only (local auth off), continuous backup, one database.

param name string
param location string
param databaseName string

@allowed(['serverless', 'autoscale'])
param capacityMode string

@description('With autoscale: throughput ceiling in RU/s, shared by the containers of the database.')
param autoscaleMaxThroughput int

@description('Principal that reads and writes items (the service).')
param dataContributorPrincipalId string

// Mirror of bot/src/store/containers.ts, the single source of truth. The service's identity may read and
// write items but not create containers, so a container missing here stops the service at start-up;
// tests/unit/packaging compares the two lists.
var containers = [
  {
    id: 'organisations'
    partitionKey: '/tenantId'
    indexingPolicy: {
      indexingMode: 'consistent'
      automatic: true
      includedPaths: [
        { path: '/tenantId/?' }
        { path: '/type/?' }
      ]
      excludedPaths: [{ path: '/*' }]
    }
  }
  {
    id: 'groups'
    partitionKey: '/tenantId'
    indexingPolicy: {
      indexingMode: 'consistent'
      automatic: true
      includedPaths: [
        { path: '/tenantId/?' }
        { path: '/kind/?' }
      ]
      excludedPaths: [{ path: '/*' }]
    }
  }
  {
    id: 'people'
    partitionKey: '/tenantId'
    indexingPolicy: {
      indexingMode: 'consistent'
      automatic: true
      includedPaths: [
        { path: '/tenantId/?' }
        { path: '/displayName/?' }
        { path: '/groupIds/[]/?' }
        { path: '/enrolment/status/?' }
        { path: '/lastSeenRoles/[]/?' }
      ]
      excludedPaths: [{ path: '/*' }]
    }
  }
  {
    id: 'charters'
    partitionKey: '/tenantId'
    indexingPolicy: {
      indexingMode: 'consistent'
      automatic: true
      includedPaths: [
        { path: '/tenantId/?' }
        { path: '/version/?' }
        { path: '/publishedAt/?' }
      ]
      excludedPaths: [{ path: '/*' }]
    }
  }
  {
    id: 'campaigns'
    partitionKey: '/tenantId'
    indexingPolicy: {
      indexingMode: 'consistent'
      automatic: true
      includedPaths: [
        { path: '/tenantId/?' }
        { path: '/status/?' }
        { path: '/startsAt/?' }
        { path: '/endsAt/?' }
      ]
      excludedPaths: [{ path: '/*' }]
    }
  }
  {
    id: 'content'
    partitionKey: '/tenantId'
    indexingPolicy: {
      indexingMode: 'consistent'
      automatic: true
      includedPaths: [
        { path: '/tenantId/?' }
        { path: '/campaignId/?' }
        { path: '/brandId/?' }
        { path: '/status/?' }
        { path: '/publishedAt/?' }
        { path: '/expiresAt/?' }
        { path: '/networks/[]/?' }
        { path: '/languages/[]/?' }
        { path: '/searchText/?' }
        { path: '/createdAt/?' }
        { path: '/publishAt/?' }
        { path: '/authorId/?' }
      ]
      excludedPaths: [{ path: '/*' }]
    }
  }
  {
    id: 'acceptances'
    partitionKey: '/tenantId'
    indexingPolicy: {
      indexingMode: 'consistent'
      automatic: true
      includedPaths: [
        { path: '/tenantId/?' }
        { path: '/personId/?' }
        { path: '/version/?' }
        { path: '/acceptedAt/?' }
      ]
      excludedPaths: [{ path: '/*' }]
    }
  }
  {
    id: 'shares'
    partitionKey: '/tenantId'
    indexingPolicy: {
      indexingMode: 'consistent'
      automatic: true
      includedPaths: [
        { path: '/tenantId/?' }
        { path: '/personId/?' }
        { path: '/itemId/?' }
        { path: '/campaignId/?' }
        { path: '/firstSharedAt/?' }
      ]
      excludedPaths: [{ path: '/*' }]
    }
  }
  {
    id: 'links'
    partitionKey: '/code'
    indexingPolicy: {
      indexingMode: 'consistent'
      automatic: true
      includedPaths: [
        { path: '/code/?' }
        { path: '/tenantId/?' }
        { path: '/personId/?' }
      ]
      excludedPaths: [{ path: '/*' }]
    }
    // Documents expire only when they carry their own `ttl`.
    defaultTtl: -1
  }
  {
    id: 'audit'
    partitionKey: '/tenantId'
    indexingPolicy: {
      indexingMode: 'consistent'
      automatic: true
      includedPaths: [
        { path: '/tenantId/?' }
        { path: '/at/?' }
        { path: '/action/?' }
        { path: '/entity/type/?' }
        { path: '/entity/id/?' }
        { path: '/actor/id/?' }
      ]
      excludedPaths: [{ path: '/*' }]
    }
  }
  {
    id: 'feeds'
    partitionKey: '/tenantId'
    indexingPolicy: {
      indexingMode: 'consistent'
      automatic: true
      includedPaths: [{ path: '/tenantId/?' }]
      excludedPaths: [{ path: '/*' }]
    }
  }
  {
    id: 'conversations'
    partitionKey: '/tenantId'
    indexingPolicy: {
      indexingMode: 'consistent'
      automatic: true
      includedPaths: [
        { path: '/tenantId/?' }
        { path: '/unreachableSince/?' }
      ]
      excludedPaths: [{ path: '/*' }]
    }
  }
  {
    id: 'outbox'
    partitionKey: '/tenantId'
    indexingPolicy: {
      indexingMode: 'consistent'
      automatic: true
      includedPaths: [
        { path: '/tenantId/?' }
        { path: '/status/?' }
        { path: '/notBefore/?' }
        { path: '/messageId/?' }
        { path: '/personId/?' }
        { path: '/enqueuedAt/?' }
      ]
      excludedPaths: [{ path: '/*' }]
    }
  }
  {
    id: 'feedNotices'
    partitionKey: '/tenantId'
    indexingPolicy: {
      indexingMode: 'consistent'
      automatic: true
      includedPaths: [
        { path: '/tenantId/?' }
        { path: '/status/?' }
        { path: '/notBefore/?' }
        { path: '/enqueuedAt/?' }
      ]
      excludedPaths: [{ path: '/*' }]
    }
  }
  {
    id: 'activity'
    partitionKey: '/tenantId'
    indexingPolicy: {
      indexingMode: 'consistent'
      automatic: true
      includedPaths: [
        { path: '/tenantId/?' }
        { path: '/type/?' }
        { path: '/at/?' }
        { path: '/personId/?' }
        { path: '/batchId/?' }
        { path: '/projectedAt/?' }
      ]
      excludedPaths: [{ path: '/*' }]
    }
  }
  {
    id: 'insights'
    partitionKey: '/tenantId'
    indexingPolicy: {
      indexingMode: 'consistent'
      automatic: true
      includedPaths: [
        { path: '/tenantId/?' }
        { path: '/kind/?' }
        { path: '/date/?' }
      ]
      excludedPaths: [{ path: '/*' }]
    }
  }
  {
    id: 'polls'
    partitionKey: '/tenantId'
    indexingPolicy: {
      indexingMode: 'consistent'
      automatic: true
      includedPaths: [
        { path: '/tenantId/?' }
        { path: '/status/?' }
        { path: '/closesAt/?' }
        { path: '/createdAt/?' }
      ]
      excludedPaths: [{ path: '/*' }]
    }
  }
  {
    id: 'votes'
    partitionKey: '/tenantId'
    indexingPolicy: {
      indexingMode: 'consistent'
      automatic: true
      includedPaths: [
        { path: '/tenantId/?' }
        { path: '/pollId/?' }
        { path: '/votedAt/?' }
      ]
      excludedPaths: [{ path: '/*' }]
    }
  }
  {
    id: 'events'
    partitionKey: '/tenantId'
    indexingPolicy: {
      indexingMode: 'consistent'
      automatic: true
      includedPaths: [
        { path: '/tenantId/?' }
        { path: '/status/?' }
        { path: '/startsAt/?' }
        { path: '/endsAt/?' }
        { path: '/remindedAt/?' }
      ]
      excludedPaths: [{ path: '/*' }]
    }
  }
  {
    id: 'challenges'
    partitionKey: '/tenantId'
    indexingPolicy: {
      indexingMode: 'consistent'
      automatic: true
      includedPaths: [
        { path: '/tenantId/?' }
        { path: '/status/?' }
        { path: '/startsAt/?' }
        { path: '/endsAt/?' }
      ]
      excludedPaths: [{ path: '/*' }]
    }
  }
  {
    id: 'points'
    partitionKey: '/tenantId'
    indexingPolicy: {
      indexingMode: 'consistent'
      automatic: true
      includedPaths: [
        { path: '/tenantId/?' }
        { path: '/personId/?' }
        { path: '/batchId/?' }
        { path: '/at/?' }
      ]
      excludedPaths: [{ path: '/*' }]
    }
  }
  {
    id: 'standings'
    partitionKey: '/tenantId'
    indexingPolicy: {
      indexingMode: 'consistent'
      automatic: true
      includedPaths: [
        { path: '/tenantId/?' }
        { path: '/scope/?' }
        { path: '/kind/?' }
        { path: '/subjectId/?' }
        { path: '/points/?' }
      ]
      excludedPaths: [{ path: '/*' }]
    }
  }
  {
    id: 'nudges'
    partitionKey: '/tenantId'
    indexingPolicy: {
      indexingMode: 'consistent'
      automatic: true
      includedPaths: [
        { path: '/tenantId/?' }
        { path: '/origin/?' }
        { path: '/status/?' }
        { path: '/sendAt/?' }
        { path: '/sentAt/?' }
        { path: '/createdAt/?' }
      ]
      excludedPaths: [{ path: '/*' }]
    }
  }
  {
    id: 'archive'
    partitionKey: '/tenantId'
    indexingPolicy: {
      indexingMode: 'consistent'
      automatic: true
      includedPaths: [
        { path: '/tenantId/?' }
        { path: '/seq/?' }
        { path: '/at/?' }
        { path: '/type/?' }
        { path: '/personId/?' }
        { path: '/network/?' }
        { path: '/itemId/?' }
        { path: '/details/campaignId/?' }
        { path: '/purgedAt/?' }
      ]
      excludedPaths: [{ path: '/*' }]
    }
  }
  {
    id: 'connections'
    partitionKey: '/tenantId'
    indexingPolicy: {
      indexingMode: 'consistent'
      automatic: true
      includedPaths: [
        { path: '/tenantId/?' }
        { path: '/type/?' }
        { path: '/personId/?' }
        { path: '/expiresAt/?' }
      ]
      excludedPaths: [{ path: '/*' }]
    }
    // Connection states carry their own `ttl`; connections stay until disconnected.
    defaultTtl: -1
  }
  {
    id: 'scheduledPosts'
    partitionKey: '/tenantId'
    indexingPolicy: {
      indexingMode: 'consistent'
      automatic: true
      includedPaths: [
        { path: '/tenantId/?' }
        { path: '/personId/?' }
        { path: '/status/?' }
        { path: '/at/?' }
        { path: '/attemptedAt/?' }
      ]
      excludedPaths: [{ path: '/*' }]
    }
    // Settled posts carry their own `ttl`; scheduled ones stay until posted or cancelled.
    defaultTtl: -1
  }
  {
    id: 'leases'
    partitionKey: '/id'
    indexingPolicy: {
      indexingMode: 'consistent'
      automatic: true
      includedPaths: [{ path: '/id/?' }]
      excludedPaths: [{ path: '/*' }]
    }
  }
  {
    id: 'readiness'
    partitionKey: '/tenantId'
    indexingPolicy: {
      indexingMode: 'consistent'
      automatic: true
      includedPaths: [
        { path: '/tenantId/?' }
        { path: '/type/?' }
        { path: '/takenAt/?' }
      ]
      excludedPaths: [{ path: '/*' }]
    }
  }
  {
    id: 'learningPaths'
    partitionKey: '/tenantId'
    indexingPolicy: {
      indexingMode: 'consistent'
      automatic: true
      includedPaths: [
        { path: '/tenantId/?' }
        { path: '/status/?' }
        { path: '/onboarding/?' }
        { path: '/createdAt/?' }
        { path: '/modules/[]/id/?' }
      ]
      excludedPaths: [{ path: '/*' }]
    }
  }
  {
    id: 'learningProgress'
    partitionKey: '/tenantId'
    indexingPolicy: {
      indexingMode: 'consistent'
      automatic: true
      includedPaths: [
        { path: '/tenantId/?' }
        { path: '/pathId/?' }
        { path: '/personId/?' }
        { path: '/startedAt/?' }
        { path: '/completedAt/?' }
      ]
      excludedPaths: [{ path: '/*' }]
    }
  }
]

// Built-in "Cosmos DB Built-in Data Contributor": items and metadata reads; no account or schema changes.
var dataContributorRoleId = '00000000-0000-0000-0000-000000000002'

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: name
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    capabilities: capacityMode == 'serverless' ? [{ name: 'EnableServerless' }] : []
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    backupPolicy: {
      type: 'Continuous'
      continuousModeProperties: {
        tier: 'Continuous7Days'
      }
    }
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: {
      id: databaseName
    }
    options: capacityMode == 'autoscale' ? { autoscaleSettings: { maxThroughput: autoscaleMaxThroughput } } : {}
  }
}

resource sqlContainers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = [
  for container in containers: {
    parent: database
    name: container.id
    properties: {
      resource: {
        id: container.id
        partitionKey: {
          paths: [container.partitionKey]
          kind: 'Hash'
          version: 2
        }
        indexingPolicy: container.indexingPolicy
        // Optional in the list above: `.?` gives null, which leaves the property unset.
        uniqueKeyPolicy: container.?uniqueKeyPolicy
        defaultTtl: container.?defaultTtl
      }
    }
  }
]

resource dataContributor 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = {
  parent: account
  name: guid(account.id, dataContributorPrincipalId, dataContributorRoleId)
  properties: {
    roleDefinitionId: '${account.id}/sqlRoleDefinitions/${dataContributorRoleId}'
    principalId: dataContributorPrincipalId
    scope: account.id
  }
}

output endpoint string = account.properties.documentEndpoint

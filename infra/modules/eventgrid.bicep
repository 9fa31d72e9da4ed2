// Event Grid feeds the inbox blob trigger (AuditUpload, Source = EventGrid): a system topic on the storage account
// and, once the code is deployed, a subscription to the blob extension's webhook.
param systemTopicName string
param subscriptionName string
param location string
param tags object

param storageAccountName string
param functionAppName string

@description('Function that receives the events; the endpoint is Host.Functions.<name>.')
param functionName string

@description('Container whose new blobs are audited (ledgers, platform exports and repairs all arrive under it).')
param inboxContainerName string

@description('Container for events that could not be delivered (dead letters); Event Grid writes there with the identity below.')
param deadLetterContainerName string

@description('Deliveries before an event is dead-lettered. The app parks the upload in rejected/poison/ on this delivery, so only an event the app never acknowledged reaches the dead letters.')
@minValue(1)
@maxValue(30)
param maxDeliveryAttempts int

@description('How long Event Grid keeps retrying an event before dead-lettering it.')
param eventTimeToLiveInMinutes int = 1440

@description('Resource id of the user-assigned identity the system topic writes dead letters with (it holds Storage Blob Data Owner on the account).')
param identityId string

@description('Function that receives the national repair results (inbox/{repairFolder}/{file}); its own subscription, as the blob extension delivers each subscription to one function.')
param repairFunctionName string

@description('Name of the repair results subscription.')
param repairSubscriptionName string

@description('Folder of the inbox holding national repair results.')
param repairFolder string = 'repairs'

@description('Create the subscription. The blobs_extension key exists only after the code is deployed, so the first `azd up` leaves this false and a second `azd provision` sets it.')
param deploySubscription bool

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

resource systemTopic 'Microsoft.EventGrid/systemTopics@2022-06-15' = {
  name: systemTopicName
  location: location
  tags: tags
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

// The key is read at deployment time and stays inside the subscription's endpoint; it is never an output. The
// ternary keeps ARM from reading it at all on the first provision, when the key does not exist yet.
// Microsoft.Web/sites/host is a real ARM type (`az functionapp keys list` calls it) that Bicep ships no types for:
// as a resource symbol it draws BCP081, by resource id the linter warning suppressed below. The API version is given.
var hostId = resourceId('Microsoft.Web/sites/host', functionApp.name, 'default')
#disable-next-line use-recognized-resource-type
var blobsExtensionKey = deploySubscription ? listKeys(hostId, '2023-12-01').systemKeys.blobs_extension : ''

resource inboxSubscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2022-06-15' = if (deploySubscription) {
  parent: systemTopic
  name: subscriptionName
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${functionApp.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=${blobsExtensionKey}'
      }
    }
    eventDeliverySchema: 'EventGridSchema'
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${inboxContainerName}/'
    }
    // Retries as often as the app counts attempts, then dead-letters with the identity (no shared keys on the account).
    retryPolicy: {
      maxDeliveryAttempts: maxDeliveryAttempts
      eventTimeToLiveInMinutes: eventTimeToLiveInMinutes
    }
    deadLetterWithResourceIdentity: {
      identity: {
        type: 'UserAssigned'
        userAssignedIdentity: identityId
      }
      deadLetterDestination: {
        endpointType: 'StorageBlob'
        properties: {
          resourceId: storage.id
          blobContainerName: deadLetterContainerName
        }
      }
    }
  }
}

resource repairSubscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2022-06-15' = if (deploySubscription) {
  parent: systemTopic
  name: repairSubscriptionName
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${functionApp.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${repairFunctionName}&code=${blobsExtensionKey}'
      }
    }
    eventDeliverySchema: 'EventGridSchema'
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${inboxContainerName}/blobs/${repairFolder}/'
    }
    // Retries as often as the app counts attempts, then dead-letters with the identity (no shared keys on the account).
    retryPolicy: {
      maxDeliveryAttempts: maxDeliveryAttempts
      eventTimeToLiveInMinutes: eventTimeToLiveInMinutes
    }
    deadLetterWithResourceIdentity: {
      identity: {
        type: 'UserAssigned'
        userAssignedIdentity: identityId
      }
      deadLetterDestination: {
        endpointType: 'StorageBlob'
        properties: {
          resourceId: storage.id
          blobContainerName: deadLetterContainerName
        }
      }
    }
  }
}

output systemTopicName string = systemTopic.name
output subscriptionCreated bool = deploySubscription

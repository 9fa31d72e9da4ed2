// HebeiCredit in Azure: one resource group with storage, monitoring, an identity, the Flex Consumption function app
// and the Event Grid feed of the inbox. `azd up` deploys it (see infra/README.md). Local modules only: the build
// machines cannot reach the Bicep module registry.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; with the subscription and location it seeds every generated name.')
param environmentName string

@minLength(1)
@description('Region for all resources; it must offer Flex Consumption.')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Optional: a user or CI principal given data access to the storage (the CLI, debugging). Empty for none.')
param principalId string = ''

@description('Type of `principalId`.')
@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
param principalType string = 'User'

@description('Create the Event Grid subscription that feeds AuditUpload. Leave false for the first `azd up`: the blob extension key it needs exists only once the code is deployed.')
param deployEventGridSubscription bool = false

// Name overrides: empty means "generate from abbreviations.json and the resource token".
param resourceGroupName string = ''
param storageAccountName string = ''
param logAnalyticsName string = ''
param applicationInsightsName string = ''
param identityName string = ''
param appServicePlanName string = ''
param functionAppName string = ''
param eventGridSystemTopicName string = ''
param eventGridSubscriptionName string = ''
param deploymentContainerName string = ''

@description('Most instances the crawl fan-out may scale to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory per instance (MB).')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('NCRONTAB (UTC) of the daily crawl fan-out: 02:00 UTC is 10:00 China time.')
param crawlSchedule string = '0 0 2 * * *'

@description('NCRONTAB (UTC) of the availability probes.')
param probeSchedule string = '0 */30 * * * *'

@description('NCRONTAB (UTC) of the daily publication-period audit.')
param auditPeriodsSchedule string = '0 0 3 * * *'

@description('NCRONTAB (UTC) of the monthly notices: 17:00 UTC on the 20th is 01:00 China Standard Time on the 21st, just after the cut-off day, before the 25th deadline.')
param noticeSchedule string = '0 0 17 20 * *'

@description('Deliveries of an inbox event before it is dead-lettered; the app parks an upload in rejected/poison/ on the same delivery (Uploads__MaxAttempts).')
@minValue(2)
@maxValue(30)
param uploadMaxAttempts int = 5

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }

var appName = !empty(functionAppName) ? functionAppName : '${abbrs.webSitesFunctions}${resourceToken}'
// Flex Consumption reads the deployment package from this container, with the app's identity.
var packageContainerName = !empty(deploymentContainerName)
  ? deploymentContainerName
  : toLower('app-package-${take(appName, 32)}-${take(resourceToken, 7)}')

// DESIGN.md, Storage.
var inboxContainerName = 'inbox'
// Event Grid's dead letters: inbox events the app never acknowledged (the file itself stays in the inbox).
var deadLetterContainerName = 'deadletter'
var containerNames = [
  'config'
  inboxContainerName
  'archive'
  'rejected'
  'evidence'
  'notices'
  '$web'
  deadLetterContainerName
  packageContainerName
]
var queueNames = [
  'crawl-site'
  'crawl-site-poison'
]
var tableNames = [
  'Probes'
  'SiteChecks'
  'PublishedRecords'
  'Findings'
  'Runs'
  'Decisions'
  'PublicationRates'
  'UploadAttempts'
  'UnitKeys'
]

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: !empty(resourceGroupName) ? resourceGroupName : '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: !empty(identityName) ? identityName : '${abbrs.managedIdentityUserAssignedIdentities}${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: !empty(storageAccountName) ? storageAccountName : '${abbrs.storageStorageAccounts}${resourceToken}'
    location: location
    tags: tags
    containerNames: containerNames
    queueNames: queueNames
    tableNames: tableNames
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: !empty(logAnalyticsName)
      ? logAnalyticsName
      : '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    applicationInsightsName: !empty(applicationInsightsName)
      ? applicationInsightsName
      : '${abbrs.insightsComponents}${resourceToken}'
    location: location
    tags: tags
  }
}

module roles 'modules/roles.bicep' = {
  name: 'roles'
  scope: rg
  params: {
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    identityPrincipalId: identity.outputs.principalId
    principalId: principalId
    principalType: principalType
  }
}

module functions 'modules/functions.bicep' = {
  name: 'functions'
  scope: rg
  // The host starts as soon as the app exists; with its roles in place first it does not begin with auth failures.
  dependsOn: [
    roles
  ]
  params: {
    planName: !empty(appServicePlanName) ? appServicePlanName : '${abbrs.webServerFarms}${resourceToken}'
    functionAppName: appName
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
    blobEndpoint: storage.outputs.blobEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: packageContainerName
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    appSettings: {
      CrawlSchedule: crawlSchedule
      ProbeSchedule: probeSchedule
      AuditPeriodsSchedule: auditPeriodsSchedule
      NoticeSchedule: noticeSchedule
      SiteRegistry__Blob: 'sites.json' // in the config container
      Uploads__MaxAttempts: string(uploadMaxAttempts)
    }
  }
}

module eventGrid 'modules/eventgrid.bicep' = {
  name: 'eventgrid'
  scope: rg
  params: {
    systemTopicName: !empty(eventGridSystemTopicName)
      ? eventGridSystemTopicName
      : '${abbrs.eventGridSystemTopics}${resourceToken}'
    subscriptionName: !empty(eventGridSubscriptionName)
      ? eventGridSubscriptionName
      : '${abbrs.eventGridEventSubscriptions}inbox-${resourceToken}'
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
    functionAppName: functions.outputs.name
    functionName: 'AuditUpload'
    repairSubscriptionName: '${abbrs.eventGridEventSubscriptions}repairs-${resourceToken}'
    repairFunctionName: 'AuditRepairUpload'
    inboxContainerName: inboxContainerName
    deadLetterContainerName: deadLetterContainerName
    maxDeliveryAttempts: uploadMaxAttempts
    identityId: identity.outputs.id
    deploySubscription: deployEventGridSubscription
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functions.outputs.name
output SERVICE_FUNCTIONS_NAME string = functions.outputs.name
output SERVICE_FUNCTIONS_URI string = functions.outputs.uri
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output AZURE_STORAGE_QUEUE_ENDPOINT string = storage.outputs.queueEndpoint
output AZURE_STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
output AZURE_STORAGE_WEB_ENDPOINT string = storage.outputs.webEndpoint
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
output AZURE_EVENTGRID_SYSTEM_TOPIC_NAME string = eventGrid.outputs.systemTopicName
output AZURE_EVENTGRID_SUBSCRIPTION_CREATED bool = eventGrid.outputs.subscriptionCreated

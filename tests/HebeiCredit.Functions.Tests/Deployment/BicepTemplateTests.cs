using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

using HebeiCredit.Testing;

namespace HebeiCredit.Functions.Tests.Deployment;

/// <summary>
/// infra/ compiled and linted by the real Bicep CLI (DESIGN.md, Infra), and the compiled ARM JSON checked against
/// DESIGN.md's storage layout and the identity-only rule: no account key anywhere.
/// </summary>
public sealed partial class BicepTemplateTests(CompiledTemplate template) : IClassFixture<CompiledTemplate>
{
    private static readonly string[] DesignContainers = ["config", "inbox", "archive", "rejected", "evidence", "notices", "$web", "deadletter"];
    private static readonly string[] DesignQueues = ["crawl-site", "crawl-site-poison"];
    private static readonly string[] DesignTables = ["Probes", "SiteChecks", "PublishedRecords", "Findings", "Runs", "Decisions", "PublicationRates", "UploadAttempts", "UnitKeys"];

    public static TheoryData<string> BicepFiles() => [.. BicepFilePaths()];

    [Fact]
    public void Build_MainTemplate_SucceedsWithoutErrorsOrWarnings()
    {
        Assert.True(template.Build.ExitCode == 0, template.Build.ToString());
        // No warning is tolerated. The one known false positive (Bicep ships no types for Microsoft.Web/sites/host,
        // whose listKeys gives the Event Grid webhook its key) is suppressed in eventgrid.bicep with its reason.
        Assert.Empty(template.Build.Diagnostics);
        Assert.NotEmpty(template.Text);
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Lint_BicepFile_ReportsNoErrorsOrWarnings(string file)
    {
        var result = BicepCli.Run("lint", file);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Lint_InfraFolder_HasAllModulesLocal()
    {
        var files = BicepFilePaths().ToList();

        Assert.Contains(Path.Combine("infra", "main.bicep"), files);
        Assert.Contains(Path.Combine("infra", "modules", "roles.bicep"), files);
        Assert.All(files, file => Assert.DoesNotContain("br/public:", File.ReadAllText(Path.Combine(RepositoryPaths.Root, file)), StringComparison.Ordinal));
        Assert.All(files, file => Assert.DoesNotContain("br:", File.ReadAllText(Path.Combine(RepositoryPaths.Root, file)), StringComparison.Ordinal));
    }

    [Fact]
    public void Build_StorageModule_CreatesDesignContainersQueuesAndTables()
    {
        var parameters = template.ModuleParameters("storage");
        Assert.Equal("[variables('containerNames')]", (string?)parameters["containerNames"]!["value"]);
        Assert.Equal("[variables('queueNames')]", (string?)parameters["queueNames"]!["value"]);
        Assert.Equal("[variables('tableNames')]", (string?)parameters["tableNames"]!["value"]);

        var containers = template.MainStringArray("containerNames");
        Assert.Equal(DesignContainers, containers.Take(DesignContainers.Length));
        var packageContainer = Assert.Single(containers.Skip(DesignContainers.Length));
        Assert.Contains("app-package-", template.ResolveVariable(packageContainer), StringComparison.Ordinal);
        Assert.Equal(DesignQueues, template.MainStringArray("queueNames"));
        Assert.Equal(DesignTables, template.MainStringArray("tableNames"));

        var storage = template.ModuleTemplate("storage");
        AssertIteratesOver(storage, "Microsoft.Storage/storageAccounts/blobServices/containers", "containerNames");
        AssertIteratesOver(storage, "Microsoft.Storage/storageAccounts/queueServices/queues", "queueNames");
        AssertIteratesOver(storage, "Microsoft.Storage/storageAccounts/tableServices/tables", "tableNames");
    }

    [Fact]
    public void Build_StorageAccount_AllowsNoSharedKeyOrPublicBlobs()
    {
        var account = CompiledTemplate.Resource(template.ModuleTemplate("storage"), "Microsoft.Storage/storageAccounts");
        var properties = account["properties"]!;

        Assert.False((bool)properties["allowSharedKeyAccess"]!);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
        Assert.True((bool)properties["supportsHttpsTrafficOnly"]!);
    }

    [Fact]
    public void Build_WholeTemplate_ReadsNoStorageKeys()
    {
        Assert.DoesNotContain("AccountKey", template.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("listAccountSas", template.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("listServiceSas", template.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Microsoft.Storage/storageAccounts', parameters('name')).keys", template.Text, StringComparison.Ordinal);

        // Every listKeys reads the function host's blobs_extension key for an Event Grid webhook (Bicep inlines the
        // key in each of the two subscriptions: inbox and repairs).
        var listKeysCalls = ListKeysCall().Matches(template.Text).Select(match => match.Groups[1].Value).ToList();
        Assert.Equal(["variables('hostId')", "variables('hostId')"], listKeysCalls);
        var hostId = (string)template.ModuleTemplate("eventgrid")["variables"]!["hostId"]!;
        Assert.StartsWith("[resourceId('Microsoft.Web/sites/host',", hostId, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FunctionAppSettings_UseIdentityBasedStorage()
    {
        var settings = AppSettingsExpression();

        Assert.Contains("'AzureWebJobsStorage__accountName', parameters('storageAccountName')", settings, StringComparison.Ordinal);
        Assert.Contains("'AzureWebJobsStorage__credential', 'managedidentity'", settings, StringComparison.Ordinal);
        Assert.Contains("'AzureWebJobsStorage__clientId', parameters('identityClientId')", settings, StringComparison.Ordinal);
        Assert.Contains("'AzureWebJobsStorage__blobServiceUri', parameters('blobEndpoint')", settings, StringComparison.Ordinal);
        Assert.Contains("'AzureWebJobsStorage__queueServiceUri', parameters('queueEndpoint')", settings, StringComparison.Ordinal);
        Assert.Contains("'AzureWebJobsStorage__tableServiceUri', parameters('tableEndpoint')", settings, StringComparison.Ordinal);
        Assert.Contains("'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', format('ClientId={0};Authorization=AAD', parameters('identityClientId'))", settings, StringComparison.Ordinal);
        Assert.Contains("'APPLICATIONINSIGHTS_CONNECTION_STRING'", settings, StringComparison.Ordinal);
        // A plain AzureWebJobsStorage setting would be a connection string, and so a key.
        Assert.DoesNotContain("'AzureWebJobsStorage',", settings, StringComparison.Ordinal);
        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", settings, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CrawlSchedule", "crawlSchedule", "0 0 2 * * *")]
    [InlineData("ProbeSchedule", "probeSchedule", "0 */30 * * * *")]
    [InlineData("AuditPeriodsSchedule", "auditPeriodsSchedule", "0 0 3 * * *")]
    [InlineData("NoticeSchedule", "noticeSchedule", "0 0 17 20 * *")]
    public void Build_FunctionAppSettings_CarrySchedule(string setting, string parameter, string schedule)
    {
        var appSettings = template.ModuleParameters("functions")["appSettings"]!["value"]!;

        Assert.Equal($"[parameters('{parameter}')]", (string?)appSettings[setting]);
        Assert.Equal(schedule, template.MainParameterDefault(parameter));
        Assert.StartsWith("[union(parameters('appSettings'),", AppSettingsExpression(), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FunctionAppSettings_NameSiteRegistryBlob()
    {
        var appSettings = template.ModuleParameters("functions")["appSettings"]!["value"]!;

        Assert.Equal("sites.json", (string?)appSettings["SiteRegistry__Blob"]);
    }

    [Fact]
    public void Build_FunctionApp_RunsDotnetIsolated10OnFlexConsumption()
    {
        var functions = template.ModuleTemplate("functions");
        var plan = CompiledTemplate.Resource(functions, "Microsoft.Web/serverfarms");
        var site = CompiledTemplate.Resource(functions, "Microsoft.Web/sites");
        var config = site["properties"]!["functionAppConfig"]!;

        Assert.Equal("FC1", (string?)plan["sku"]!["name"]);
        Assert.Equal("FlexConsumption", (string?)plan["sku"]!["tier"]);
        Assert.Equal("functionapp,linux", (string?)site["kind"]);
        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        Assert.Equal("dotnet-isolated", (string?)config["runtime"]!["name"]);
        Assert.Equal("10.0", (string?)config["runtime"]!["version"]);
        Assert.Equal("blobContainer", (string?)config["deployment"]!["storage"]!["type"]);
        Assert.Equal("UserAssignedIdentity", (string?)config["deployment"]!["storage"]!["authentication"]!["type"]);
        Assert.Equal("[parameters('instanceMemoryMB')]", (string?)config["scaleAndConcurrency"]!["instanceMemoryMB"]);
        Assert.Equal(2048, (int)template.Main["parameters"]!["instanceMemoryMB"]!["defaultValue"]!);
        Assert.Contains("'azd-service-name', 'functions'", (string?)site["tags"], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_RoleAssignments_UseNamedRolesStableNamesAndExplicitPrincipalType()
    {
        var roles = template.ModuleTemplate("roles");
        var variables = roles["variables"]!;

        Assert.Equal("b7e6dc6d-f1e8-4753-8033-0f276bb0955b", (string?)variables["storageBlobDataOwnerRoleId"]);
        Assert.Equal("974c5e8b-45b9-4653-ba55-5f855dd0fb88", (string?)variables["storageQueueDataContributorRoleId"]);
        Assert.Equal("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", (string?)variables["storageTableDataContributorRoleId"]);
        Assert.Equal("3913510d-42f4-4e42-8a64-420c390055eb", (string?)variables["monitoringMetricsPublisherRoleId"]);

        var assignments = CompiledTemplate.Resources(roles, "Microsoft.Authorization/roleAssignments");
        Assert.Equal(3, assignments.Count);
        Assert.All(assignments, assignment =>
        {
            Assert.StartsWith("[guid(", (string?)assignment["name"], StringComparison.Ordinal);
            Assert.NotNull(assignment["properties"]!["principalType"]);
        });
    }

    [Fact]
    public void Build_EventGridSubscription_DeliversInboxBlobCreatedToAuditUpload()
    {
        var eventGrid = template.ModuleTemplate("eventgrid");
        var topic = CompiledTemplate.Resource(eventGrid, "Microsoft.EventGrid/systemTopics");
        var subscription = CompiledTemplate.Resources(eventGrid, "Microsoft.EventGrid/systemTopics/eventSubscriptions")
            .Single(s => (string?)s["name"] == "[format('{0}/{1}', parameters('systemTopicName'), parameters('subscriptionName'))]");
        var filter = subscription["properties"]!["filter"]!;
        var endpoint = (string?)subscription["properties"]!["destination"]!["properties"]!["endpointUrl"];
        var parameters = template.ModuleParameters("eventgrid");

        Assert.Equal("Microsoft.Storage.StorageAccounts", (string?)topic["properties"]!["topicType"]);
        Assert.Equal("[parameters('deploySubscription')]", (string?)subscription["condition"]);
        Assert.Equal(["Microsoft.Storage.BlobCreated"], filter["includedEventTypes"]!.AsArray().Select(type => (string?)type));
        Assert.Equal("[format('/blobServices/default/containers/{0}/', parameters('inboxContainerName'))]", (string?)filter["subjectBeginsWith"]);
        Assert.Contains("/runtime/webhooks/blobs?functionName=Host.Functions.{1}&code={2}", endpoint, StringComparison.Ordinal);
        Assert.Equal("AuditUpload", (string?)parameters["functionName"]!["value"]);
        Assert.Equal("inbox", template.ResolveVariable((string)parameters["inboxContainerName"]!["value"]!));
        Assert.False((bool)template.Main["parameters"]!["deployEventGridSubscription"]!["defaultValue"]!);
    }

    [Fact]
    public void Build_EventGridSubscription_RetriesAsOftenAsTheAppThenDeadLettersWithTheIdentity()
    {
        var eventGrid = template.ModuleTemplate("eventgrid");
        var topic = CompiledTemplate.Resource(eventGrid, "Microsoft.EventGrid/systemTopics");
        var properties = CompiledTemplate.Resources(eventGrid, "Microsoft.EventGrid/systemTopics/eventSubscriptions")
            .Single(s => (string?)s["name"] == "[format('{0}/{1}', parameters('systemTopicName'), parameters('subscriptionName'))]")["properties"]!;
        var parameters = template.ModuleParameters("eventgrid");
        var appSettings = template.ModuleParameters("functions")["appSettings"]!["value"]!;

        Assert.Equal("[parameters('maxDeliveryAttempts')]", (string?)properties["retryPolicy"]!["maxDeliveryAttempts"]);
        Assert.Equal("[parameters('eventTimeToLiveInMinutes')]", (string?)properties["retryPolicy"]!["eventTimeToLiveInMinutes"]);
        Assert.Equal(1440, (int)eventGrid["parameters"]!["eventTimeToLiveInMinutes"]!["defaultValue"]!);
        // One count for both layers: Event Grid's deliveries and the delivery on which the app parks the upload.
        Assert.Equal("[parameters('uploadMaxAttempts')]", (string?)parameters["maxDeliveryAttempts"]!["value"]);
        Assert.Equal("[string(parameters('uploadMaxAttempts'))]", (string?)appSettings["Uploads__MaxAttempts"]);
        Assert.Equal(5, (int)template.Main["parameters"]!["uploadMaxAttempts"]!["defaultValue"]!);
        Assert.Equal(5, Infrastructure.Uploads.UploadDefaults.MaxAttempts);

        var deadLetter = properties["deadLetterWithResourceIdentity"]!;
        Assert.Null(properties["deadLetterDestination"]);
        Assert.Equal("UserAssigned", (string?)deadLetter["identity"]!["type"]);
        Assert.Equal("[parameters('identityId')]", (string?)deadLetter["identity"]!["userAssignedIdentity"]);
        Assert.Equal("StorageBlob", (string?)deadLetter["deadLetterDestination"]!["endpointType"]);
        Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts', parameters('storageAccountName'))]", (string?)deadLetter["deadLetterDestination"]!["properties"]!["resourceId"]);
        Assert.Equal("[parameters('deadLetterContainerName')]", (string?)deadLetter["deadLetterDestination"]!["properties"]!["blobContainerName"]);
        Assert.Equal("deadletter", template.ResolveVariable((string)parameters["deadLetterContainerName"]!["value"]!));
        Assert.Contains("deadletter", template.MainStringArray("containerNames"));
        Assert.Equal("UserAssigned", (string?)topic["identity"]!["type"]);
        Assert.Matches(@"'Microsoft\.Resources/deployments', 'identity'\), '[0-9-]+'\)\.outputs\.id\.value\]$", (string?)parameters["identityId"]!["value"]);
    }

    [Fact]
    public void Build_EventGridRepairSubscription_DeliversRepairResultsToAuditRepairUpload()
    {
        var eventGrid = template.ModuleTemplate("eventgrid");
        var subscription = CompiledTemplate.Resources(eventGrid, "Microsoft.EventGrid/systemTopics/eventSubscriptions")
            .Single(s => (string?)s["name"] == "[format('{0}/{1}', parameters('systemTopicName'), parameters('repairSubscriptionName'))]");
        var parameters = template.ModuleParameters("eventgrid");

        Assert.Equal("[parameters('deploySubscription')]", (string?)subscription["condition"]);
        Assert.Equal("[format('/blobServices/default/containers/{0}/blobs/{1}/', parameters('inboxContainerName'), parameters('repairFolder'))]",
            (string?)subscription["properties"]!["filter"]!["subjectBeginsWith"]);
        Assert.Equal("AuditRepairUpload", (string?)parameters["repairFunctionName"]!["value"]);
        Assert.Equal("repairs", (string?)eventGrid["parameters"]!["repairFolder"]!["defaultValue"]);
        Assert.Equal("[parameters('maxDeliveryAttempts')]", (string?)subscription["properties"]!["retryPolicy"]!["maxDeliveryAttempts"]);
        Assert.Equal("[parameters('deadLetterContainerName')]", (string?)subscription["properties"]!["deadLetterWithResourceIdentity"]!["deadLetterDestination"]!["properties"]!["blobContainerName"]);
    }

    [Fact]
    public void Parameters_MainParametersFile_NamesOnlyDeclaredParameters()
    {
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "infra", "main.parameters.json")))!;
        var declared = template.Main["parameters"]!.AsObject().Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal);

        Assert.All(file["parameters"]!.AsObject(), pair => Assert.Contains(pair.Key, declared));
    }

    [Fact]
    public void Outputs_MainTemplate_GiveAzdTheAppAndStorageNames()
    {
        var outputs = template.Main["outputs"]!.AsObject();

        Assert.True(outputs.ContainsKey("AZURE_FUNCTION_APP_NAME"));
        Assert.True(outputs.ContainsKey("AZURE_STORAGE_ACCOUNT_NAME"));
        Assert.True(outputs.ContainsKey("AZURE_RESOURCE_GROUP"));
        Assert.DoesNotContain("listKeys", outputs.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AzureYaml_FunctionsService_PointsAtTheFunctionsProject()
    {
        var yaml = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "azure.yaml")).Select(line => line.Trim()).ToList();

        Assert.Contains("name: hebeicredit", yaml);
        Assert.Contains("functions:", yaml);
        Assert.Contains("project: ./functions/HebeiCredit.Functions", yaml);
        Assert.Contains("language: dotnet", yaml);
        Assert.Contains("host: function", yaml);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, "functions", "HebeiCredit.Functions", "HebeiCredit.Functions.csproj")));
    }

    private static IEnumerable<string> BicepFilePaths() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "infra"), "*.bicep", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(RepositoryPaths.Root, file))
            .Order(StringComparer.Ordinal);

    private static void AssertIteratesOver(JsonObject template, string type, string parameter)
    {
        var resource = CompiledTemplate.Resource(template, type);
        Assert.Equal($"[length(parameters('{parameter}'))]", (string?)resource["copy"]!["count"]);
        Assert.Contains($"parameters('{parameter}')[copyIndex()]", (string?)resource["name"], StringComparison.Ordinal);
    }

    private string AppSettingsExpression()
    {
        var config = CompiledTemplate.Resource(template.ModuleTemplate("functions"), "Microsoft.Web/sites/config");
        Assert.Equal("[format('{0}/{1}', parameters('functionAppName'), 'appsettings')]", (string?)config["name"]);
        return (string)config["properties"]!;
    }

    [GeneratedRegex(@"listKeys\(([^,]+),")]
    private static partial Regex ListKeysCall();
}

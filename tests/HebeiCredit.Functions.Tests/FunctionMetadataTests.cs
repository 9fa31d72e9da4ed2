using System.Reflection;
using System.Text.Json.Nodes;
using HebeiCredit.Testing;

namespace HebeiCredit.Functions.Tests;

/// <summary>The function app's build output, as the Functions host reads it: functions.metadata.</summary>
public sealed class FunctionMetadataTests
{
    private static readonly JsonArray Functions = Load();

    [Theory]
    [InlineData("ScheduleCrawls", "timerTrigger", "schedule", "%CrawlSchedule%")]
    [InlineData("ProbeSites", "timerTrigger", "schedule", "%ProbeSchedule%")]
    [InlineData("BuildNotices", "timerTrigger", "schedule", "%NoticeSchedule%")]
    [InlineData("CrawlSite", "queueTrigger", "queueName", "crawl-site")]
    [InlineData("AuditPublicationPeriods", "timerTrigger", "schedule", "%AuditPeriodsSchedule%")]
    [InlineData("AuditRepairUpload", "blobTrigger", "path", "inbox/repairs/{name}")]
    public void Metadata_Function_HasItsTrigger(string name, string type, string property, string value)
    {
        var binding = Trigger(name);

        Assert.Equal(type, (string?)binding["type"]);
        Assert.Equal(value, (string?)binding[property]);
    }

    [Theory]
    [InlineData("UnitFindings", "units/{unit}/findings", "get", "anonymous")]
    [InlineData("ReportRectification", "findings/{id}/rectification", "post", "anonymous")]
    [InlineData("BuildNoticePeriod", "notices/{period}", "post", "function")]
    public void Metadata_HttpFunction_HasItsRouteMethodAndAuthLevel(string name, string route, string method, string authLevel)
    {
        var binding = Trigger(name);

        Assert.Equal("httpTrigger", (string?)binding["type"]);
        Assert.Equal(route, (string?)binding["route"]);
        Assert.Equal([method], binding["methods"]!.AsArray().Select(m => (string?)m));
        Assert.Equal(authLevel, ((string?)binding["authLevel"])!.ToLowerInvariant());
    }

    [Fact]
    public void Metadata_CrawlSite_ReadsTheQueueThroughAzureWebJobsStorage()
    {
        Assert.Equal("AzureWebJobsStorage", (string?)Trigger("CrawlSite")["connection"]);
    }

    [Fact]
    public void Metadata_EveryFunction_IsDotnetIsolatedInThisAssembly()
    {
        Assert.All(Functions, f =>
        {
            Assert.Equal("dotnet-isolated", (string?)f!["language"]);
            Assert.Equal("HebeiCredit.Functions.dll", (string?)f["scriptFile"]);
        });
    }

    [Fact]
    public void BuildOutput_HostJson_IsCopiedFromTheRepositoryRoot()
    {
        var copied = File.ReadAllText(Path.Combine(OutputFolder(), "host.json"));

        Assert.Equal(File.ReadAllText(RepositoryPaths.Of("host.json")), copied);
    }

    [Fact]
    public void BuildOutput_RuntimeConfig_UsesServerGarbageCollection()
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(OutputFolder(), "HebeiCredit.Functions.runtimeconfig.json")))!;

        Assert.True((bool?)config["runtimeOptions"]!["configProperties"]!["System.GC.Server"]);
    }

    private static JsonObject Trigger(string name)
    {
        var function = Functions.Single(f => (string?)f!["name"] == name)!;
        return function["bindings"]!.AsArray().Single(b => ((string?)b!["type"])!.EndsWith("Trigger"))!.AsObject();
    }

    private static string OutputFolder()
    {
        var configuration = typeof(FunctionMetadataTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        return RepositoryPaths.Of(Path.Combine("functions", "HebeiCredit.Functions", "bin", configuration, "net10.0"));
    }

    private static JsonArray Load() => JsonNode.Parse(File.ReadAllText(Path.Combine(OutputFolder(), "functions.metadata")))!.AsArray();
}

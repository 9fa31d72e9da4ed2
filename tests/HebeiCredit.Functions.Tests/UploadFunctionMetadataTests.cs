using System.Reflection;
using System.Text.Json.Nodes;
using HebeiCredit.Testing;

namespace HebeiCredit.Functions.Tests;

/// <summary>AuditUpload as the Functions host reads it from functions.metadata: the Event Grid-based blob trigger.</summary>
public sealed class UploadFunctionMetadataTests
{
    [Fact]
    public void Metadata_AuditUpload_IsAnEventGridBlobTriggerOnTheInbox()
    {
        var binding = Trigger("AuditUpload");

        Assert.Equal("blobTrigger", (string?)binding["type"]);
        Assert.Equal("inbox/{kind}/{unit}/{name}", (string?)binding["path"]);
        Assert.Equal("EventGrid", (string?)binding["source"]);
        Assert.Equal("AzureWebJobsStorage", (string?)binding["connection"]);
    }

    [Fact]
    public void Metadata_AuditUpload_BindsTheBlobAsItsOnlyBinding()
    {
        var function = Functions().Single(f => (string?)f!["name"] == "AuditUpload")!;

        Assert.Equal("HebeiCredit.Functions.Uploads.AuditUpload.Run", (string?)function["entryPoint"]);
        Assert.Single(function["bindings"]!.AsArray());
    }

    private static JsonObject Trigger(string name)
    {
        var function = Functions().Single(f => (string?)f!["name"] == name)!;
        return function["bindings"]!.AsArray().Single(b => ((string?)b!["type"])!.EndsWith("Trigger"))!.AsObject();
    }

    private static JsonArray Functions()
    {
        var configuration = typeof(UploadFunctionMetadataTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var output = RepositoryPaths.Of(Path.Combine("functions", "HebeiCredit.Functions", "bin", configuration, "net10.0"));
        return JsonNode.Parse(File.ReadAllText(Path.Combine(output, "functions.metadata")))!.AsArray();
    }
}

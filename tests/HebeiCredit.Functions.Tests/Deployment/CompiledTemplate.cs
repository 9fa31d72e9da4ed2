using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace HebeiCredit.Functions.Tests.Deployment;

/// <summary>
/// infra/main.bicep compiled once by the real Bicep CLI, with helpers to find modules and resources in the ARM JSON.
/// </summary>
public sealed partial class CompiledTemplate : IDisposable
{
    private readonly string outputDirectory =
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hebeicredit-bicep-" + Guid.NewGuid().ToString("N"));

    public CompiledTemplate()
    {
        Directory.CreateDirectory(outputDirectory);
        var outputFile = System.IO.Path.Combine(outputDirectory, "main.json");
        Build = BicepCli.Run("build", System.IO.Path.Combine("infra", "main.bicep"), "--outfile", outputFile);
        Text = File.Exists(outputFile) ? File.ReadAllText(outputFile) : string.Empty;
        Main = Text.Length > 0 ? JsonNode.Parse(Text)!.AsObject() : [];
    }

    internal BicepResult Build { get; }

    public string Text { get; }

    public JsonObject Main { get; }

    /// <summary>The template of the nested deployment (module) named <paramref name="name"/> in main.bicep.</summary>
    public JsonObject ModuleTemplate(string name) => (JsonObject)ModuleDeployment(name)["properties"]!["template"]!;

    /// <summary>The parameter values main.bicep passes to the module named <paramref name="name"/>.</summary>
    public JsonObject ModuleParameters(string name) => (JsonObject)ModuleDeployment(name)["properties"]!["parameters"]!;

    public static IEnumerable<JsonObject> Resources(JsonObject template) =>
        template["resources"] switch
        {
            JsonArray array => array.OfType<JsonObject>(),
            JsonObject symbolic => symbolic.Select(pair => pair.Value).OfType<JsonObject>(),
            _ => [],
        };

    public static IReadOnlyList<JsonObject> Resources(JsonObject template, string type) =>
        [.. Resources(template).Where(resource => (string?)resource["type"] == type && resource["existing"] is null)];

    public static JsonObject Resource(JsonObject template, string type) => Assert.Single(Resources(template, type));

    /// <summary>Main's variable <paramref name="name"/>, its items resolved where they only name another variable.</summary>
    public IReadOnlyList<string> MainStringArray(string name) =>
        [.. Main["variables"]![name]!.AsArray().Select(item => ResolveVariable((string)item!))];

    public string MainParameterDefault(string name) => (string)Main["parameters"]![name]!["defaultValue"]!;

    public string ResolveVariable(string value)
    {
        var match = VariableReference().Match(value);
        return match.Success ? ResolveVariable((string)Main["variables"]![match.Groups[1].Value]!) : value;
    }

    public void Dispose()
    {
        if (Directory.Exists(outputDirectory))
        {
            Directory.Delete(outputDirectory, recursive: true);
        }
    }

    private JsonObject ModuleDeployment(string name) =>
        Assert.Single(
            Resources(Main, "Microsoft.Resources/deployments"),
            deployment => (string?)deployment["name"] == name);

    [GeneratedRegex(@"^\[variables\('([^']+)'\)\]$")]
    private static partial Regex VariableReference();
}

using System.Text;
using HebeiCredit.Infrastructure.Policies;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Infrastructure.Tests.Publication;
using HebeiCredit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HebeiCredit.Infrastructure.Tests.Policies;

/// <summary>Policy overrides from the config container (a blob name of its own per test) and from a file.</summary>
public sealed class PublicationPeriodPolicyLoaderTests
{
    private const string Version2027 = """
        { "versions": [ { "id": "河北2027", "effectiveFrom": "2027-01-01", "document": "某省级文件", "defaultClass": "一般",
          "defaultReason": "统一适用", "classes": [ { "name": "一般", "minMonths": 3, "maxMonths": 6, "clause": "最短3个月，最长6个月" } ],
          "earlyStopRequiresRepair": true, "syncWorkingDays": 3, "syncClause": "3个工作日内同步" } ] }
        """;

    [Fact]
    public async Task LoadAsync_NoOverride_IsTheEmbeddedPolicy()
    {
        await using var services = await PeriodServices.BuildAsync(new DateOnly(2026, 3, 4), new Dictionary<string, string?> { ["PublicationPeriods:Blob"] = $"none-{Guid.NewGuid():N}.json" });

        var policy = await services.GetRequiredService<PublicationPeriodPolicyLoader>().LoadAsync(CancellationToken.None);

        Assert.Equal(["527号", "市场监管总局令第45号", "58号令", "36号令"], policy.Versions.Select(v => v.Id));
    }

    [Fact]
    public async Task LoadAsync_OverrideBlobInConfig_AddsItsVersion()
    {
        var blob = await PutConfigAsync(Version2027);
        await using var services = await PeriodServices.BuildAsync(new DateOnly(2026, 3, 4), new Dictionary<string, string?> { ["PublicationPeriods:Blob"] = blob });

        var policy = await services.GetRequiredService<PublicationPeriodPolicyLoader>().LoadAsync(CancellationToken.None);

        Assert.Equal("河北2027", policy.VersionFor(new DateOnly(2027, 2, 1), "某局").Id);
        Assert.Equal("36号令", policy.VersionFor(new DateOnly(2026, 5, 1), "某局").Id);
    }

    [Fact]
    public async Task LoadAsync_InvalidOverride_ThrowsNamingTheBlob()
    {
        var blob = await PutConfigAsync("""{ "versions": [ { "id": "坏" } ] }""");
        await using var services = await PeriodServices.BuildAsync(new DateOnly(2026, 3, 4), new Dictionary<string, string?> { ["PublicationPeriods:Blob"] = blob });

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => services.GetRequiredService<PublicationPeriodPolicyLoader>().LoadAsync(CancellationToken.None));

        Assert.StartsWith($"公示期限政策文件“config/{blob}”有 5 处错误：第 5 个版本（坏）：缺少字段“effectiveFrom”（施行日期，格式 yyyy-MM-dd）；", error.Message, StringComparison.Ordinal);
    }

    private static async Task<string> PutConfigAsync(string json)
    {
        var clients = await Azurite.ConnectAsync();
        var config = clients.Blobs.GetBlobContainerClient(StorageNames.ConfigContainer);
        await config.CreateIfNotExistsAsync();
        var name = $"periods-{Guid.NewGuid():N}.json";
        await config.GetBlobClient(name).UploadAsync(new BinaryData(Encoding.UTF8.GetBytes(json)));
        return name;
    }
}

using System.Text;
using HebeiCredit.Auditing.Publication.Sources;
using HebeiCredit.Cli.Commands;
using HebeiCredit.Cli.Publication;
using HebeiCredit.Infrastructure.Publication;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Infrastructure.Uploads;
using HebeiCredit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HebeiCredit.Cli.Tests.Publication;

/// <summary>The CLI's upload path over Azurite: the same upload service, and so the same retries and poison, as AuditUpload.</summary>
public sealed class LocalUploadsTests
{
    [Fact]
    public async Task UploadAsync_AuditKeepsFailing_ThrowsUntilTheLastAttemptThenParksAndShowsIt()
    {
        await Azurite.ConnectAsync();
        await using var services = Services(processor => new FailingUploadProcessor(processor, "崩溃"));
        var uploads = new LocalUploads(services);
        var file = $"崩溃-{Guid.NewGuid():N}.csv";
        var bytes = Encoding.UTF8.GetBytes("行政相对人名称,行政处罚决定书文号,处罚决定日期,处罚机关\n某公司,冀石市监罚〔2026〕12号,2026/03/02,石家庄市市场监督管理局\n");

        for (var attempt = 1; attempt < UploadDefaults.MaxAttempts; attempt++)
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => uploads.UploadAsync(UploadKind.Ledgers, "1316", file, bytes, CancellationToken.None));
        }

        var result = await uploads.UploadAsync(UploadKind.Ledgers, "1316", file, bytes, CancellationToken.None);

        Assert.Equal(UploadDisposition.Poisoned, result.Disposition);
        var parked = result.Location!["rejected/".Length..];
        Assert.StartsWith("poison/ledgers/1316/", parked, StringComparison.Ordinal);
        Assert.Equal(bytes, (await services.GetRequiredService<UploadStore>().Rejected.GetBlobClient(parked).DownloadContentAsync()).Value.Content.ToArray());

        using var output = new StringWriter();
        await PublicationReport.WriteAsync(CliConsole.Create(output), services, [(file, result)], [], CancellationToken.None);
        Assert.Contains("多次处理失败，已隔离", output.ToString(), StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Func<IUploadProcessor, IUploadProcessor> wrap)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [StorageNames.ConnectionSetting] = Azurite.ConnectionString })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddPublicationAudit(configuration);
        services.WrapUploadProcessor(wrap);
        return services.BuildServiceProvider(validateScopes: true);
    }
}

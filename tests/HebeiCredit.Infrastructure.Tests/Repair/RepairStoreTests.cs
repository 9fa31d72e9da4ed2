using HebeiCredit.Auditing.Publication;
using HebeiCredit.Auditing.Repair;
using HebeiCredit.Infrastructure.Repair;
using HebeiCredit.Testing;

namespace HebeiCredit.Infrastructure.Tests.Repair;

/// <summary>Table Repairs over Azurite: each test uses its own 文书号s, since the table is shared.</summary>
public sealed class RepairStoreTests
{
    [Fact]
    public async Task UpsertAsync_SameDecisionTwice_KeepsOneRowWithTheLaterFilesFields()
    {
        var store = new RepairStore(await Azurite.ConnectAsync());
        var document = $"冀石环罚〔2026〕{Guid.NewGuid():N}号";

        await store.UpsertAsync([Repair("a.csv", document, new DateOnly(2026, 3, 1))], CancellationToken.None);
        await store.UpsertAsync([Repair("b.csv", document.Replace("〔", "[", StringComparison.Ordinal).Replace("〕", "]", StringComparison.Ordinal), new DateOnly(2026, 3, 1))], CancellationToken.None);

        var stored = Assert.Single(await store.ListAsync(CancellationToken.None), r => r.Document.Key == DocumentNumber.Normalize(document));
        Assert.Equal(("b.csv", new DateOnly(2026, 3, 1), "信用修复"), (stored.File, stored.RepairedOn, stored.RepairKind));
    }

    [Fact]
    public async Task UpsertAsync_SameDocumentOtherDate_KeepsBoth()
    {
        var store = new RepairStore(await Azurite.ConnectAsync());
        var document = $"冀石环罚〔2026〕{Guid.NewGuid():N}号";

        await store.UpsertAsync([Repair("a.csv", document, new DateOnly(2026, 3, 1))], CancellationToken.None);
        await store.UpsertAsync([Repair("b.csv", document, new DateOnly(2026, 3, 9))], CancellationToken.None);

        Assert.Equal([new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 9)],
            (await store.ListAsync(CancellationToken.None)).Where(r => r.Document.Key == DocumentNumber.Normalize(document)).Select(r => r.RepairedOn).Order());
    }

    private static RepairDecision Repair(string file, string document, DateOnly repaired) =>
        new(file, 2, DocumentNumber.From(document), "某某有限公司", "91130100MA0E2B3MXJ", "石家庄市生态环境局", repaired, "信用修复");
}

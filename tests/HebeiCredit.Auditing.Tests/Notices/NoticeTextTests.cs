using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Notices;

namespace HebeiCredit.Auditing.Tests.Notices;

public sealed class NoticeTextTests
{
    private const string Sha = "3f2a9c0d5e7b8a1c4d6e0f2a9c0d5e7b8a1c4d6e0f2a9c0d5e7b8a1c4d6e0f2a";

    [Fact]
    public void Evidence_PageInACrawlsPack_NamesThePackAndThePage()
    {
        var evidence = new Evidence("栏目首页", new Uri("http://1301.sim.localhost/xyxf/index.html"), "2026-03-16/1301/120000-1a2b3c4d.zip", Sha);

        Assert.Equal(
            $"栏目首页；网址：http://1301.sim.localhost/xyxf/index.html；快照：证据包 2026-03-16/1301/120000-1a2b3c4d.zip 中的页面（SHA-256：{Sha}）",
            NoticeText.Evidence(evidence));
        Assert.Equal($"2026-03-16/1301/120000-1a2b3c4d.zip#{Sha}", evidence.SnapshotReference());
    }

    [Fact]
    public void Evidence_SinglePageBlobStoredBeforePacks_NamesTheBlob()
    {
        var evidence = new Evidence("栏目首页", null, $"2026-03-16/1301/{Sha}", Sha);

        Assert.Equal($"栏目首页；快照：2026-03-16/1301/{Sha}（SHA-256：{Sha}）", NoticeText.Evidence(evidence));
        Assert.Equal($"2026-03-16/1301/{Sha}", evidence.SnapshotReference());
    }
}

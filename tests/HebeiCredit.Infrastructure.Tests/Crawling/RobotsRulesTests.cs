using HebeiCredit.Infrastructure.Crawling;

namespace HebeiCredit.Infrastructure.Tests.Crawling;

public sealed class RobotsRulesTests
{
    private const string Token = "HebeiCreditAuditor";

    [Theory]
    [InlineData("/", true)]
    [InlineData("/xxgk/index.html", true)]
    [InlineData("/admin/", false)]
    [InlineData("/admin/login.jsp", false)]
    [InlineData("/admin/public/notice.html", true)]
    [InlineData("/search?q=1", false)]
    [InlineData("/files/report.pdf", false)]
    [InlineData("/files/report.pdf?v=2", true)]
    [InlineData("/robots.txt", true)]
    public void IsAllowed_LongestMatchWins(string path, bool allowed)
    {
        var rules = RobotsRules.Parse(
            """
            # comment
            User-agent: *
            Disallow: /admin/
            Allow: /admin/public/
            Disallow: /search
            Disallow: /*.pdf$
            Disallow: /robots.txt
            """,
            Token);

        Assert.Equal(allowed, rules.IsAllowed(new Uri("http://a.example" + path)));
    }

    [Fact]
    public void IsAllowed_GroupNamingUs_ReplacesStarGroup()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /\n\nUser-agent: hebeicreditauditor\nDisallow: /private\n", Token);

        Assert.True(rules.IsAllowed(new Uri("http://a.example/news/")));
        Assert.False(rules.IsAllowed(new Uri("http://a.example/private/1")));
    }

    [Fact]
    public void IsAllowed_EqualLengthAllowAndDisallow_AllowWins()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /page\nAllow: /page\n", Token);

        Assert.True(rules.IsAllowed(new Uri("http://a.example/page")));
    }

    [Fact]
    public void IsAllowed_SharedGroupOfSeveralAgents_Applies()
    {
        var rules = RobotsRules.Parse("User-agent: Baiduspider\nUser-agent: *\nDisallow: /tmp\nUser-agent: Googlebot\nDisallow: /\n", Token);

        Assert.False(rules.IsAllowed(new Uri("http://a.example/tmp/x")));
        Assert.True(rules.IsAllowed(new Uri("http://a.example/news")));
    }

    [Fact]
    public void IsAllowed_EmptyDisallow_AllowsAll()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow:\n", Token);

        Assert.True(rules.IsAllowed(new Uri("http://a.example/anything")));
    }
}

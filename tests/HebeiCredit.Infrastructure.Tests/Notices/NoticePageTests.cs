using HebeiCredit.Infrastructure.Notices;

namespace HebeiCredit.Infrastructure.Tests.Notices;

public sealed class NoticePageTests
{
    [Fact]
    public void Write_InjectedScriptInACrawledTitle_ComesOutEscaped()
    {
        var html = NoticePage.Write(NoticeSamples.Model());

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;信用动态", html);
    }

    [Fact]
    public void Write_JavascriptEvidenceAddress_IsNeverALink()
    {
        var html = NoticePage.Write(NoticeSamples.Model());

        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<a href=\"http://127.0.0.1:5000/news/\" rel=\"noopener noreferrer nofollow\">", html);
    }

    [Fact]
    public void Write_Notice_IsSelfContainedWithInlineSvgCharts()
    {
        var html = NoticePage.Write(NoticeSamples.Model());

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html);
        Assert.Equal(3, html.Split("<svg ").Length - 1);
        Assert.Contains("<title>各单位网站可用率</title>", html);
        Assert.Contains("<title>各单位迟报率</title>", html);
        Assert.Contains("<title>近期趋势</title>", html);
        Assert.DoesNotContain("src=", html);
        Assert.DoesNotContain("<link", html);
        Assert.Contains("@media print", html);
    }

    [Fact]
    public void Write_Notice_SaysTheKeySentencesWordForWord()
    {
        var html = NoticePage.Write(NoticeSamples.Model());

        Assert.Contains("<h1>关于2026年11月全省信用网站和“双公示”工作督导情况的通报</h1>", html);
        Assert.Contains("<p>请各单位对照所附整改清单逐项整改，于2026年12月7日前（10个工作日内）将整改情况报省信用办。省信用办将在下期检查中逐项复核，整改不到位的将再次通报。</p>", html);
        Assert.Contains("<p>本期为首次通报，无上期问题可供复核。</p>", html);
        Assert.Contains("<h2>附件1　石家庄市整改清单</h2>", html);
    }
}

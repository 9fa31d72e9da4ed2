using System.Globalization;
using System.Text.RegularExpressions;
using HebeiCredit.Cli.Commands;
using HebeiCredit.Infrastructure.Rectification;
using HebeiCredit.Testing;

namespace HebeiCredit.Cli.Tests.Commands;

/// <summary>`hebeicredit keys` over Azurite: a key is printed once, works, and stops working when revoked.</summary>
public sealed class KeysCommandTests
{
    private static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var code = await CliApp.RunAsync(args, output);
        return (code, output.ToString());
    }

    private static string NewUnit() => "7" + Random.Shared.Next(10_000, 99_999).ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Issue_PrintsAKeyThatVerifiesForItsUnit_RevokeEndsIt()
    {
        var unit = NewUnit();
        var keys = new UnitKeyStore(await Azurite.ConnectAsync(), TimeProvider.System);

        var (issueCode, issued) = await RunAsync("keys", "issue", "--unit", unit);
        var key = Regex.Match(issued, $@"^{unit}\.[0-9a-f]{{12}}\.[A-Za-z0-9_-]{{43}}$", RegexOptions.Multiline).Value;
        var before = await keys.VerifyAsync(key, CancellationToken.None);
        var (revokeCode, revoked) = await RunAsync("keys", "revoke", "--unit", unit, "--key-id", before!.KeyId);
        var after = await keys.VerifyAsync(key, CancellationToken.None);

        Assert.Equal(0, issueCode);
        Assert.Contains($"已为单位 {unit} 签发密钥（编号 {before.KeyId}）。密钥只显示这一次，请妥善交付：", issued);
        Assert.Contains("调用接口时放在请求头 X-Unit-Key 中。", issued);
        Assert.Equal(new UnitKeyIdentity(unit, before.KeyId), before);
        Assert.Equal(0, revokeCode);
        Assert.Contains($"已吊销单位 {unit} 的密钥 1 个。", revoked);
        Assert.Null(after);
    }

    [Fact]
    public async Task Revoke_NoActiveKey_SaysSoAndExitsTwo()
    {
        var unit = NewUnit();

        var (code, output) = await RunAsync("keys", "revoke", "--unit", unit);

        Assert.Equal(2, code);
        Assert.Contains($"单位 {unit} 没有可吊销的有效密钥。", output);
    }

    [Fact]
    public async Task Revoke_WithoutKeyId_RevokesEveryKeyOfTheUnitOnly()
    {
        var unit = NewUnit();
        var other = NewUnit();
        var keys = new UnitKeyStore(await Azurite.ConnectAsync(), TimeProvider.System);
        var first = await keys.IssueAsync(unit, CancellationToken.None);
        var second = await keys.IssueAsync(unit, CancellationToken.None);
        var neighbour = await keys.IssueAsync(other, CancellationToken.None);

        var (code, output) = await RunAsync("keys", "revoke", "--unit", unit);

        Assert.Equal(0, code);
        Assert.Contains($"已吊销单位 {unit} 的密钥 2 个。", output);
        Assert.Null(await keys.VerifyAsync(first.Key, CancellationToken.None));
        Assert.Null(await keys.VerifyAsync(second.Key, CancellationToken.None));
        Assert.NotNull(await keys.VerifyAsync(neighbour.Key, CancellationToken.None));
    }
}

using HebeiCredit.Auditing.Codes;
using HebeiCredit.Auditing.Publication.Records;

namespace HebeiCredit.Simulation.Publication;

/// <summary>Valid codes for simulated subjects: 统一社会信用代码 (GB 32100 with a GB 11714 body) and 身份证号码 (GB 11643).</summary>
internal static class SubjectCodes
{
    // GB 32100's characters without I, O, S, V, Z, so a body is also a valid organisation code.
    private const string BodyCharacters = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>91 (工商登记的企业) + the area code + "MA" + six characters + the two check characters.</summary>
    public static string CreditCode(Random random, string areaCode)
    {
        var body = "MA" + new string(Enumerable.Range(0, 6).Select(_ => BodyCharacters[random.Next(BodyCharacters.Length)]).ToArray());
        var first17 = $"91{areaCode}{body}{OrganizationCode.ComputeCheckDigit(body)}";
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }

    /// <summary>The same code with a wrong check character.</summary>
    public static string WithWrongCheck(string code) => code[..^1] + (code[^1] == '0' ? '1' : '0');

    public static string IdNumber(Random random, string areaCode)
    {
        var born = new DateOnly(1960, 1, 1).AddDays(random.Next(365 * 40));
        var first17 = $"{areaCode}{born:yyyyMMdd}{random.Next(1000):D3}";
        return first17 + IdentityNumber.CheckCharacter(first17);
    }
}

using System.Globalization;
using HebeiCredit.Auditing.Codes;

namespace HebeiCredit.Auditing.Publication.Records;

/// <summary>
/// The 18-character 公民身份号码 of GB 11643-1999: 6-digit address code, 8-digit birth date, 3-digit sequence and a
/// check character (weights 2^(18-i) mod 11, sum mod 11 → "10X98765432"). 15-digit numbers of the 1989 standard are
/// reported as the wrong length: 790号 records carry the 18-character form.
/// </summary>
internal static class IdentityNumber
{
    public const int Length = 18;

    private const string CheckCharacters = "10X98765432";

    private static ReadOnlySpan<byte> Weights => [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>Every problem with the number, in Chinese; empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(string? input)
    {
        var id = CodeNormalizer.Normalize(input);
        if (id.Length != Length)
        {
            return [$"身份证号码应为18位，实为{id.Length}位"];
        }

        var problems = new List<string>();
        for (var i = 0; i < Length - 1; i++)
        {
            if (!char.IsAsciiDigit(id[i]))
            {
                problems.Add($"身份证号码第{i + 1}位字符“{id[i]}”应为数字");
            }
        }

        if (!char.IsAsciiDigit(id[^1]) && id[^1] != 'X')
        {
            problems.Add($"身份证号码第18位字符“{id[^1]}”应为数字或X");
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        var birth = id.AsSpan(6, 8);
        if (!DateOnly.TryParseExact(birth, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born) || born.Year < 1900)
        {
            problems.Add($"身份证号码第7-14位出生日期“{birth}”无效");
        }

        var expected = CheckCharacter(id.AsSpan(0, Length - 1));
        if (id[^1] != expected)
        {
            problems.Add($"身份证号码第18位校验码应为“{expected}”，实为“{id[^1]}”");
        }

        return problems;
    }

    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <summary>证件类型 naming the resident ID card (790号 code 001); other papers (passports…) are not checked.</summary>
    public static bool IsIdCardType(string? idType) =>
        idType is null || idType.Contains("身份证", StringComparison.Ordinal) || idType is "001" or "01";
}

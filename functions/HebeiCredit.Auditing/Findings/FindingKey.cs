using System.Security.Cryptography;
using System.Text;

namespace HebeiCredit.Auditing.Findings;

/// <summary>
/// A finding's stable key. Subjects can hold characters table keys forbid ('/', '#', '?') and be long,
/// so the key is the rule and unit in clear plus a hash of the subject.
/// </summary>
public static class FindingKey
{
    public static string Of(string ruleId, string unit, string subject)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(subject));
        return $"{ruleId}_{unit}_{Convert.ToHexStringLower(hash.AsSpan(0, 8))}";
    }

    /// <summary>The unit a key was made for (the middle part of <c>{rule}_{unit}_{hash}</c>), or null when it is not such a key.</summary>
    public static string? UnitOf(string key) =>
        key.Split('_') is [{ Length: > 0 }, { Length: > 0 } unit, { Length: 16 } hash] && unit.All(char.IsAsciiDigit) && hash.All(char.IsAsciiHexDigitLower)
            ? unit
            : null;
}

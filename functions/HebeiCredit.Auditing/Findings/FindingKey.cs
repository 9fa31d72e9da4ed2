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
}

namespace HebeiCredit.Auditing.Codes;

/// <summary>
/// The check digit of an organisation code (组织机构代码, GB 11714), positions 9-17 of a 统一社会信用代码.
/// GB 11714 values letters by the whole alphabet (A=10 .. Z=35), not by their index in the GB 32100 set.
/// </summary>
internal static class OrganizationCode
{
    private static ReadOnlySpan<byte> Weights => [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>The check digit ('0'-'9' or 'X') of the 8-character body; '\0' when a character is not 0-9 or A-Z.</summary>
    public static char ComputeCheckDigit(ReadOnlySpan<char> body)
    {
        if (body.Length != Weights.Length)
        {
            throw new ArgumentException("组织机构代码本体应为8位", nameof(body));
        }

        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            int value;
            if (c is >= '0' and <= '9')
            {
                value = c - '0';
            }
            else if (c is >= 'A' and <= 'Z')
            {
                value = c - 'A' + 10;
            }
            else
            {
                return '\0';
            }

            sum += value * Weights[i];
        }

        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var digit => (char)('0' + digit),
        };
    }
}

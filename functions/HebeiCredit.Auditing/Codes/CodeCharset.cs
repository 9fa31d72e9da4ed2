namespace HebeiCredit.Auditing.Codes;

/// <summary>The 31 characters of GB 32100 (no I, O, S, V, Z) and each one's value, its index in the set.</summary>
internal static class CodeCharset
{
    public const string Characters = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly sbyte[] Values = BuildValues();

    /// <summary>The value of <paramref name="c"/>, or -1 when it is not in the set.</summary>
    public static int ValueOf(char c) => c < Values.Length ? Values[c] : -1;

    private static sbyte[] BuildValues()
    {
        var values = new sbyte[128];
        Array.Fill(values, (sbyte)-1);
        for (var i = 0; i < Characters.Length; i++)
        {
            values[Characters[i]] = (sbyte)i;
        }

        return values;
    }
}

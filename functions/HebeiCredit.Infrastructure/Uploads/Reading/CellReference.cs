namespace HebeiCredit.Infrastructure.Uploads.Reading;

/// <summary>The column of an A1-style cell reference ("AB12" is column 27, counting from 0).</summary>
internal static class CellReference
{
    public static int? Column(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            var upper = char.ToUpperInvariant(c);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }

            column = column * 26 + (upper - 'A' + 1);
            letters++;
            if (letters > 3)
            {
                return null;
            }
        }

        return letters == 0 ? null : column - 1;
    }
}

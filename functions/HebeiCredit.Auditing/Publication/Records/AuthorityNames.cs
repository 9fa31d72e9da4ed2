using System.Text;

namespace HebeiCredit.Auditing.Publication.Records;

/// <summary>
/// The comparable form of an authority's or department's name: NFKC (full-width letters, digits and brackets made
/// half-width) with every space removed, so "石家庄市 市场监督管理局" and "石家庄市市场监督管理局" are one authority.
/// </summary>
public static class AuthorityNames
{
    public const string Unstated = "（未注明）";

    public static string? Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var folded = name.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c) && c is not ('\uFEFF' or '\u200B'))
            {
                builder.Append(c);
            }
        }

        return builder.Length == 0 ? null : builder.ToString();
    }
}

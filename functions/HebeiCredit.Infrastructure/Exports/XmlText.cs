using System.Text;
using System.Xml;

namespace HebeiCredit.Infrastructure.Exports;

/// <summary>Text for an Open XML part (.xlsx cell, .docx run).</summary>
internal static class XmlText
{
    /// <summary>Characters XML 1.0 cannot carry (control characters from a scraped page) become U+FFFD, else the package could not be written.</summary>
    public static string Safe(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text, i, 2);
                i++;
            }
            else
            {
                builder.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }

        return builder.ToString();
    }
}

using System.Text;

namespace HebeiCredit.Simulation;

/// <summary>GBK as real portals serve it; GB18030 is its superset and what .NET's code pages provide.</summary>
internal static class Gbk
{
    public static readonly Encoding Encoding = Create();

    private static Encoding Create()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}

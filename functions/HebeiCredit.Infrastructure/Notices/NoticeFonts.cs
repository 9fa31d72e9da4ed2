namespace HebeiCredit.Infrastructure.Notices;

/// <summary>
/// The 公文 fonts (GB/T 9704): 方正小标宋 for the title, 仿宋_GB2312 for the body, 黑体 and 楷体 for the first- and
/// second-level headings. Each names an East Asian fallback (the .docx font table's altName; the .html font stacks),
/// so a machine without the 方正 fonts still shows a 宋/仿宋 face, and one with only Noto CJK shows Noto Serif CJK SC.
/// </summary>
internal static class NoticeFonts
{
    public const string Title = "方正小标宋_GBK";
    public const string TitleFallback = "方正小标宋简体";
    public const string Body = "仿宋_GB2312";
    public const string BodyFallback = "仿宋";
    public const string Heading = "黑体";
    public const string HeadingFallback = "SimHei";
    public const string SubHeading = "楷体_GB2312";
    public const string SubHeadingFallback = "楷体";
    public const string PageNumber = "宋体";
    public const string PageNumberFallback = "SimSun";

    public const string TitleStack = "'方正小标宋_GBK', '方正小标宋简体', 'FZXiaoBiaoSong-B05S', 'Noto Serif CJK SC', 'Source Han Serif SC', 'AR PL UMing CN', serif";
    public const string BodyStack = "'仿宋_GB2312', '仿宋', 'FangSong', 'STFangsong', 'Noto Serif CJK SC', 'Source Han Serif SC', 'AR PL UMing CN', serif";
    public const string HeadingStack = "'黑体', 'SimHei', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif";
}

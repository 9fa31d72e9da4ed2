using System.Collections.Frozen;

namespace HebeiCredit.Auditing.Codes;

/// <summary>
/// The registering authorities and entity types of GB 32100-2015 表1, with the later additions A (中央军委改革和编制办公室)
/// and N (农业). Source: the table as published by the code centre and widely reproduced; the standard's own text
/// was not at hand, so names follow that reproduction (e.g. "外国常驻新闻机构"). 9 has no "9 其他", Y only "1".
/// </summary>
internal static class RegistrationAuthorities
{
    private static readonly FrozenDictionary<char, RegistrationAuthority> ByCode = new[]
    {
        Authority('1', "机构编制", ('1', "机关"), ('2', "事业单位"), ('3', "中央编办直接管理机构编制的群众团体"), ('9', "其他")),
        Authority('2', "外交", ('1', "外国常驻新闻机构"), ('9', "其他")),
        Authority(
            '3',
            "司法行政",
            ('1', "律师执业机构"),
            ('2', "公证处"),
            ('3', "基层法律服务所"),
            ('4', "司法鉴定机构"),
            ('5', "仲裁委员会"),
            ('9', "其他")),
        Authority('4', "文化", ('1', "外国在华文化中心"), ('9', "其他")),
        Authority('5', "民政", ('1', "社会团体"), ('2', "民办非企业单位"), ('3', "基金会"), ('9', "其他")),
        Authority(
            '6',
            "旅游",
            ('1', "外国旅游部门常驻代表机构"),
            ('2', "港澳台地区旅游部门常驻内地（大陆）代表机构"),
            ('9', "其他")),
        Authority('7', "宗教", ('1', "宗教活动场所"), ('2', "宗教院校"), ('9', "其他")),
        Authority('8', "工会", ('1', "基层工会"), ('9', "其他")),
        Authority('9', "工商", ('1', "企业"), ('2', "个体工商户"), ('3', "农民专业合作社")),
        Authority('A', "中央军委改革和编制办公室", ('1', "军队事业单位"), ('9', "其他")),
        Authority(
            'N',
            "农业",
            ('1', "组级集体经济组织"),
            ('2', "村级集体经济组织"),
            ('3', "乡镇级集体经济组织"),
            ('9', "其他")),
        Authority('Y', "其他", ('1', "其他")),
    }.ToFrozenDictionary(authority => authority.Code);

    public static bool TryGet(char code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RegistrationAuthority? authority) =>
        ByCode.TryGetValue(code, out authority);

    public static IEnumerable<RegistrationAuthority> All => ByCode.Values;

    private static RegistrationAuthority Authority(char code, string name, params (char Code, string Name)[] types) =>
        new(code, name, types.ToFrozenDictionary(type => type.Code, type => type.Name));
}

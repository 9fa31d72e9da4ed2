namespace HebeiCredit.Auditing.Sites;

public static class FetchErrorKindNames
{
    public static string ToChinese(this FetchErrorKind kind) => kind switch
    {
        FetchErrorKind.None => "正常",
        FetchErrorKind.AddressUnknown => "地址未知",
        FetchErrorKind.NameResolution => "域名无法解析",
        FetchErrorKind.ConnectionRefused => "连接被拒绝",
        FetchErrorKind.ConnectionReset => "连接被重置",
        FetchErrorKind.Timeout => "超时未打开",
        FetchErrorKind.HttpStatus => "返回错误状态码",
        FetchErrorKind.TlsError => "证书或加密连接错误",
        FetchErrorKind.TooLarge => "页面超过大小上限",
        FetchErrorKind.AddressBlocked => "指向内网或保留地址，已拒绝访问",
        FetchErrorKind.RobotsDisallowed => "网站 robots.txt 不允许抓取",
        FetchErrorKind.TooManyRedirects => "重定向次数过多或循环重定向",
        FetchErrorKind.CircuitOpen => "该网站连续出错，暂停访问",
        FetchErrorKind.BudgetExhausted => "本站检查时间已用完",
        _ => "其他错误",
    };
}

using Microsoft.Azure.Functions.Worker.Http;

namespace HebeiCredit.Functions.Tests.Http;

internal sealed class TestHttpCookies : HttpCookies
{
    private readonly List<IHttpCookie> cookies = [];

    public override void Append(string name, string value) => cookies.Add(new HttpCookie(name, value));

    public override void Append(IHttpCookie cookie) => cookies.Add(cookie);

    public override IHttpCookie CreateNew() => new HttpCookie(string.Empty, string.Empty);
}

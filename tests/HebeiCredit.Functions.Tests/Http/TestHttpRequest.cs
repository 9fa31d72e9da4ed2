using System.Security.Claims;
using System.Text;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HebeiCredit.Functions.Tests.Http;

/// <summary>An HTTP request as the isolated worker hands it to a function: method, URL, headers and body.</summary>
internal sealed class TestHttpRequest : HttpRequestData
{
    private TestHttpRequest(FunctionContext context, string method, Uri url, Stream body) : base(context)
    {
        Method = method;
        Url = url;
        Body = body;
    }

    public override Stream Body { get; }

    public override HttpHeadersCollection Headers { get; } = [];

    public override IReadOnlyCollection<IHttpCookie> Cookies { get; } = [];

    public override Uri Url { get; }

    public override IEnumerable<ClaimsIdentity> Identities { get; } = [];

    public override string Method { get; }

    public static TestHttpRequest Get(string path, string? unitKey = null) => Create("GET", path, unitKey, []);

    public static TestHttpRequest Post(string path, string body, string? unitKey = null) => Create("POST", path, unitKey, Encoding.UTF8.GetBytes(body));

    public override HttpResponseData CreateResponse() => new TestHttpResponse(FunctionContext);

    private static TestHttpRequest Create(string method, string path, string? unitKey, byte[] body)
    {
        var request = new TestHttpRequest(new TestFunctionContext(new ServiceCollection().BuildServiceProvider()), method, new Uri(new Uri("http://127.0.0.1:7071"), path), new MemoryStream(body));
        if (unitKey is not null)
        {
            request.Headers.Add("X-Unit-Key", unitKey);
        }

        return request;
    }
}

using Microsoft.AspNetCore.Http;

namespace HebeiCredit.Simulation;

/// <summary>A rendered answer of a simulated portal: the same request on the same day and revision gets the same bytes.</summary>
internal sealed record SimulatedResponse(int Status, string ContentType, byte[] Body)
{
    private const string NotFoundPage = "<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1></body></html>";

    public static readonly SimulatedResponse NotFound = new(StatusCodes.Status404NotFound, "text/html; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(NotFoundPage));

    public Task WriteAsync(HttpContext context)
    {
        context.Response.StatusCode = Status;
        context.Response.ContentType = ContentType;
        return context.Response.Body.WriteAsync(Body, context.RequestAborted).AsTask();
    }
}

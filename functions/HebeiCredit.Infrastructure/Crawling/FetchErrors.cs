using System.Net.Sockets;
using HebeiCredit.Auditing.Sites;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace HebeiCredit.Infrastructure.Crawling;

/// <summary>Names what went wrong in a fetch that ended in an exception, in the audit's terms.</summary>
internal static class FetchErrors
{
    public static FetchErrorKind Classify(Exception exception)
    {
        if (exception is TimeoutRejectedException or OperationCanceledException)
        {
            return FetchErrorKind.Timeout;
        }

        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case BrokenCircuitException:
                    return FetchErrorKind.CircuitOpen;
                case AddressBlockedException:
                    return FetchErrorKind.AddressBlocked;
                case SocketException { SocketErrorCode: SocketError.ConnectionRefused }:
                    return FetchErrorKind.ConnectionRefused;
                case SocketException { SocketErrorCode: SocketError.ConnectionReset or SocketError.ConnectionAborted }:
                    return FetchErrorKind.ConnectionReset;
                case SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain }:
                    return FetchErrorKind.NameResolution;
                case HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError }:
                    return FetchErrorKind.NameResolution;
                case HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError }:
                    return FetchErrorKind.TlsError;
                case HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded }:
                case HttpIOException { HttpRequestError: HttpRequestError.ResponseEnded }:
                    // The server closed the connection before a complete answer: to a visitor, a reset.
                    return FetchErrorKind.ConnectionReset;
            }
        }

        return FetchErrorKind.Other;
    }

    public static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);
}

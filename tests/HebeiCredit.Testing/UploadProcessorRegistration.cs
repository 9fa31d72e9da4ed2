using HebeiCredit.Infrastructure.Uploads;
using Microsoft.Extensions.DependencyInjection;

namespace HebeiCredit.Testing;

public static class UploadProcessorRegistration
{
    /// <summary>Replaces the registered <see cref="IUploadProcessor"/> with <paramref name="wrap"/> around an instance of it.</summary>
    public static IServiceCollection WrapUploadProcessor(this IServiceCollection services, Func<IUploadProcessor, IUploadProcessor> wrap)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IUploadProcessor));
        var type = registered.ImplementationType
            ?? throw new InvalidOperationException("The upload processor is expected to be registered by its type.");
        services.Remove(registered);
        services.AddSingleton(sp => wrap((IUploadProcessor)ActivatorUtilities.CreateInstance(sp, type)));
        return services;
    }
}

using HebeiCredit.Infrastructure.Sites;
using HebeiCredit.Infrastructure.Uploads;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.Services.AddSiteAudit(builder.Configuration);
builder.Services.AddUploadAudit(builder.Configuration);
builder.Build().Run();

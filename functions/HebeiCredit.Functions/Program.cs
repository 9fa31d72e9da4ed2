using HebeiCredit.Infrastructure.Sites;
using HebeiCredit.Infrastructure.Publication;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.Services.AddSiteAudit(builder.Configuration);
builder.Services.AddPublicationAudit(builder.Configuration);
builder.Services.AddPeriodAudit(builder.Configuration);
builder.Build().Run();

using HebeiCredit.Infrastructure.Notices;
using HebeiCredit.Infrastructure.Overview;
using HebeiCredit.Infrastructure.Publication;
using HebeiCredit.Infrastructure.Rectification;
using HebeiCredit.Infrastructure.Sites;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.Services.AddSiteAudit(builder.Configuration);
builder.Services.AddPublicationAudit(builder.Configuration);
builder.Services.AddCityLoop();
builder.Services.AddNotices();
builder.Services.AddOverview();
builder.Services.AddPeriodAudit(builder.Configuration);
builder.Build().Run();

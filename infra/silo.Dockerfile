# The Probes silo as a container: build with the .NET 10 SDK, run on the ASP.NET runtime image.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Probes.Silo -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# 11111: silo-to-silo, 30000: gateway for clients.
EXPOSE 11111 30000
ENTRYPOINT ["dotnet", "Probes.Silo.dll"]

#include "net/Curl.h"

#include <curl/curl.h>

#include <mutex>

namespace sams {

namespace {
int progress(void *abort, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<const std::atomic<bool> *>(abort)->load() ? 1 : 0;
}
} // namespace

void initCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

bool isLoopbackHost(const QString &host)
{
    return host == QLatin1String("localhost") || host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1")
        || host == QLatin1String("[::1]");
}

void watchAbort(void *curl, AbortFlag abort)
{
    if (!abort)
        return;
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &progress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, const_cast<std::atomic<bool> *>(abort));
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
}

} // namespace sams

#pragma once

#include <QString>

#include <atomic>

namespace sams {

// Set by the program that quits: a transfer in progress is abandoned at once.
using AbortFlag = const std::atomic<bool> *;

// libcurl's one-time global setup. Call it in main() before any thread starts
// (libcurl before 7.84 does not make it thread-safe); later calls do nothing.
void initCurl();

// "localhost", 127.x.x.x or ::1: a server on this machine.
bool isLoopbackHost(const QString &host);

// Aborts a libcurl transfer once `abort` is set (CURLOPT_XFERINFOFUNCTION).
void watchAbort(void *curl, AbortFlag abort);

} // namespace sams

#pragma once

namespace sams::test {

// A loopback TCP port that accepts connections and never answers: the kernel
// completes the handshake, nobody reads. For "a server that hangs" tests.
class SilentServer
{
public:
    SilentServer();
    ~SilentServer();
    SilentServer(const SilentServer &) = delete;
    SilentServer &operator=(const SilentServer &) = delete;

    int port() const { return m_port; } // 0 when the socket could not be set up

private:
    int m_socket = -1;
    int m_port = 0;
};

} // namespace sams::test

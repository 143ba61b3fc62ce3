// Round trips (message + ACK, one in flight, HL7 v2.5.1 Appendix C) per second over one loopback
// connection: our MllpClient to our MllpListener, then python3-hl7's mllp_send into the same listener.
// Bounded in count and time; loopback only. Usage: mllp_bench [messages] [mllp_send messages]
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "actors/net/mllp/mllp_client.h"
#include "actors/net/mllp/mllp_listener.h"

namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

constexpr double kTargetPerSecond = 20000;
constexpr auto kTimeBudget = 20s;  // per measurement

std::string adt(std::size_t n) {
  return "MSH|^~\\&|BENCH|HOSP|RIS|HOSP|20261128053000||ADT^A01^ADT_A01|B" + std::to_string(n) +
         "|P|2.5.1\rEVN|A01|20261128053000\rPID|1||PAT" + std::to_string(n) +
         "^^^HOSP^MR||DOE^JOHN||19700101|M\r";
}

const std::string kAck = "MSH|^~\\&|RIS|HOSP|BENCH|HOSP|20261128053001||ACK^A01^ACK|A1|P|2.5.1\rMSA|AA|B\r";

double per_second(std::size_t count, Clock::duration elapsed) {
  return static_cast<double>(count) / std::chrono::duration<double>(elapsed).count();
}

// Our client, one connection, one message in flight. Returns messages per second, or a negative on error.
double run_ours(std::uint16_t port, std::size_t messages) {
  ihe::net::MllpClient client;
  if (auto ec = client.connect("127.0.0.1", port, 5s)) {
    std::printf("connect failed: %s\n", ec.message().c_str());
    return -1;
  }
  std::vector<std::string> payloads;
  for (std::size_t i = 0; i < 64; ++i) payloads.push_back(adt(i));
  for (std::size_t i = 0; i < 1000; ++i) client.send(payloads[i % payloads.size()], 5s);  // warm-up
  const auto start = Clock::now();
  std::size_t sent = 0;
  while (sent < messages && Clock::now() - start < kTimeBudget) {
    const auto result = client.send(payloads[sent % payloads.size()], 5s);
    if (!result.ok()) {
      std::printf("send %zu failed: %s\n", sent, result.error.message().c_str());
      return -1;
    }
    ++sent;
  }
  return per_second(sent, Clock::now() - start);
}

// python3-hl7's mllp_send (-f with a framed file) run to completion, bounded by the time budget.
// Counts the messages our listener answered; returns messages per second, or a negative on error.
double run_mllp_send(std::uint16_t port, std::size_t messages, const std::atomic<std::size_t>& handled) {
  char dir_template[] = "/tmp/mllp-bench-XXXXXX";
  if (mkdtemp(dir_template) == nullptr) return -1;
  const std::string file = std::string(dir_template) + "/messages.framed";
  {
    std::ofstream out(file, std::ios::binary);
    for (std::size_t i = 0; i < messages; ++i) out << ihe::net::frame(adt(i));
  }
  const std::size_t before = handled;
  const auto start = Clock::now();
  const pid_t pid = fork();
  if (pid == 0) {
    const int null_fd = open("/dev/null", O_WRONLY);
    dup2(null_fd, STDOUT_FILENO);
    const std::string port_text = std::to_string(port);
    execl("/usr/bin/python3", "python3", "/usr/bin/mllp_send", "-f", file.c_str(), "-p", port_text.c_str(),
          "127.0.0.1", static_cast<char*>(nullptr));
    _exit(127);
  }
  int status = 0;
  while (waitpid(pid, &status, WNOHANG) == 0) {
    if (Clock::now() - start > kTimeBudget) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      break;
    }
    std::this_thread::sleep_for(1ms);
  }
  const auto elapsed = Clock::now() - start;
  std::remove(file.c_str());
  rmdir(dir_template);
  const std::size_t answered = handled - before;
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || answered != messages) {
    std::printf("mllp_send did not finish cleanly (wait status %d, %zu of %zu answered)\n", status, answered,
                messages);
    return -1;
  }
  return per_second(answered, elapsed);
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t ours = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 100000;
  const std::size_t python = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 5000;
  std::atomic<std::size_t> handled{0};
  ihe::net::MllpListener listener({}, [&](const std::string&, const ihe::net::MllpConnectionInfo&) {
    ++handled;
    return std::optional<std::string>(kAck);
  });
  listener.start();

  const double our_rate = run_ours(listener.port(), ours);
  if (our_rate < 0) return 2;
  std::printf(
      "MllpClient -> MllpListener, one connection, %zu messages max: %.0f messages+ACK/s (target >= %.0f/s: "
      "%s)\n",
      ours, our_rate, kTargetPerSecond, our_rate >= kTargetPerSecond ? "met" : "NOT met");

  const double python_rate = run_mllp_send(listener.port(), python, handled);
  if (python_rate < 0) return 2;
  std::printf(
      "python3-hl7 mllp_send -> MllpListener, %zu framed messages: %.0f messages+ACK/s "
      "(includes the Python start-up; for comparison)\n",
      python, python_rate);
  listener.stop();
  return 0;
}

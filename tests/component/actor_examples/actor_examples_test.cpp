// Every annotated example configuration (examples/actors/*.xml with an <actor role="ROLE"> root) stays
// valid: `ihe-harness actor ROLE --config FILE` starts, says "running", and exits 0 on SIGTERM. The DICOM
// port, and the HL7 port of an example whose <hl7> element names one (the roles that listen: order filler,
// order placer), are overridden with free ones so the examples' documented defaults (11112, 2575-2577)
// never collide with anything, nor with the same test running in another build tree.
// Other XML files there (e.g. the Order Filler's seed) are data the configurations refer to.
#include <gtest/gtest.h>
#include <signal.h>

#include <thread>

#include "base/xml/xml_file.h"
#include "tests/support/child_process.h"
#include "tests/support/net_util.h"

namespace ihe::test {
namespace {

using namespace std::chrono_literals;

bool wait_for_output(const ChildProcess& process, std::string_view text, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (process.log().find(text) == std::string::npos) {
    if (std::chrono::steady_clock::now() >= deadline) return false;
    std::this_thread::sleep_for(20ms);
  }
  return true;
}

// The command line for one example: free ports instead of its documented ones.
std::vector<std::string> command_line(const std::filesystem::path& example, const std::string& role) {
  std::vector<std::string> argv{
      harness_binary().string(),  "actor", role, "--config", example.string(), "--dicom-port",
      std::to_string(free_port())};
  const auto file = xml::XmlFile::load(example);
  if (const auto hl7 = file.root("actor").child("hl7"); hl7 && hl7->attribute("port")) {
    argv.push_back("--hl7-port");
    argv.push_back(std::to_string(free_port()));
  }
  return argv;
}

TEST(AnnotatedActorExamples, AnnotatedActorExamplesLoad) {
  std::vector<std::filesystem::path> examples;
  for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "examples/actors"))
    if (entry.path().extension() == ".xml" && xml::XmlFile::load(entry.path()).root_name() == "actor")
      examples.push_back(entry.path());
  ASSERT_FALSE(examples.empty()) << "no examples/actors/*.xml";
  TempDir dir;
  for (const auto& example : examples) {
    const std::string role = xml::XmlFile::load(example).root("actor").required_attribute("role");
    SCOPED_TRACE(example.string());
    ChildProcess actor({.argv = command_line(example, role),
                        .log_file = dir / (role + ".log"),
                        .working_dir = dir.path(),
                        .extra_env = {}});
    ASSERT_TRUE(wait_for_output(actor, "running", 10s)) << actor.log();
    ::kill(actor.pid(), SIGTERM);
    EXPECT_EQ(actor.wait_for_exit(10s), 0) << actor.log();
  }
}

}  // namespace
}  // namespace ihe::test

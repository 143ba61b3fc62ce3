#include <gtest/gtest.h>

#include <vector>

#include "actors/image_manager/outbox.h"

namespace ihe::actors::image_manager {
namespace {

TEST(Outbox, RunsTasksInOrderAndDrainsOnStop) {
  std::vector<int> done;  // written only on the outbox thread, read after stop() joined it
  Outbox outbox;
  outbox.start();
  for (int i = 0; i < 5; ++i) outbox.post([&done, i] { done.push_back(i); });
  outbox.stop();
  EXPECT_EQ(done, (std::vector<int>{0, 1, 2, 3, 4}));
}

TEST(Outbox, TasksPostedWhileStoppedAreDropped) {
  int runs = 0;
  Outbox outbox;
  outbox.post([&runs] { ++runs; });  // before start
  outbox.start();
  outbox.stop();
  outbox.post([&runs] { ++runs; });  // after stop
  outbox.stop();
  EXPECT_EQ(runs, 0);
}

}  // namespace
}  // namespace ihe::actors::image_manager

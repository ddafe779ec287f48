package io.crossflow.project.web;

import io.crossflow.identity.CurrentUsers;
import io.crossflow.project.MyWork;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in internal user's open work items across its projects (the "my work" screen). */
@RestController
class MyWorkController {

    private final MyWork myWork;

    MyWorkController(MyWork myWork) {
        this.myWork = myWork;
    }

    @GetMapping("/api/me/work-items")
    List<MyWork.Item> workItems() {
        return myWork.of(CurrentUsers.require());
    }
}

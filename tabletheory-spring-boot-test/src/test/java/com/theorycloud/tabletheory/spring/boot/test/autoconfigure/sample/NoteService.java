package com.theorycloud.tabletheory.spring.boot.test.autoconfigure.sample;

import org.springframework.stereotype.Service;

/** A component of the sample application that the slice leaves out. */
@Service
public class NoteService {

}

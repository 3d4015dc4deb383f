# cmake -DINN=file -DUT=file.gz -P gzip.cmake: gzip -9n (no name, no time stamp), as Debian wants.
execute_process(COMMAND gzip -9n -c "${INN}" OUTPUT_FILE "${UT}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    file(REMOVE "${UT}")
    message(FATAL_ERROR "gzip ${INN} failed: ${status}")
endif()
